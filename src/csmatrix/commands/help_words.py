# ruff: noqa: E501  (a catalogue of texts: a line is as long as its text)
"""The Japanese of every ``--help`` text and of click's own words.

``HELP`` is keyed by the English help text as written in the command modules
(whitespace runs made one space: ``help_format.key``); a docstring is looked up
paragraph by paragraph, and an ``Example: …`` paragraph by its label alone
(the command itself is the same in both languages).  ``CLICK`` is keyed by
click's and typer's gettext message ids.
"""

from __future__ import annotations

HELP: dict[str, str] = {
    "Example:": "例:",
    "Examples:": "例:",
    # --- the root and shared options ---
    "Versioned YAML skill frameworks for Customer Success teams: validate them, score a member against their role (assess), compare versions (diff, migrate), hand out skill sheets (sheet, init, import), see the team (team) and map CS activities (activities).": "カスタマーサクセスチームのための、版で管理する YAML のスキルフレームワーク。ファイルの検証(validate)、メンバーとロールの目標の比較(assess)、版の比較(diff、migrate)、スキルシートの配布と取り込み(sheet、init、import)、チームの見える化(team)、CS活動のマップ(activities)。",
    "Install completion for the current shell.": "使っているシェルにコマンドの補完を設定する。",
    "Show completion for the current shell, to copy it or customize the installation.": "使っているシェル用の補完の設定を表示する(コピーして自分で設定するとき)。",
    "Install completion for the specified shell.": "指定したシェルにコマンドの補完を設定する。",
    "Show completion for the specified shell, to copy it or customize the installation.": "指定したシェル用の補完の設定を表示する(コピーして自分で設定するとき)。",
    "Language of what you read: ja or en.": "表示する言語: ja(日本語)または en(英語)。",
    "Look for family@version frameworks here first (repeatable; also CSMATRIX_PATH).": "family@version のフレームワークをまずここから探す(複数指定可。CSMATRIX_PATH でも指定可)。",
    "Write here instead of stdout.": "標準出力ではなくこのファイルに書き出す。",
    "Replace OUT if it exists.": "OUT が既にあれば置き換える。",
    "Print the version and exit.": "バージョンを表示して終了する。",
    # --- commands (one block per command) ---
    # validate
    "Check files: YAML, schema, references; members against their framework.": "ファイルを検証する: YAML、スキーマ、参照、メンバーとそのフレームワークの整合。",
    "Every problem of every file is reported at once as path:line:col: error: message. Warnings (path:line:col: warning: message, e.g. 'joined' after the first assessment) do not fail it. Exit 0 when all files are valid, 1 when any error is found.": "すべてのファイルの問題を一度に path:line:col: error: message の形で報告する。警告(path:line:col: warning: message。例: 最初の評価より後の 'joined')では失敗にしない。すべて正しければ終了コード 0、エラーが1つでもあれば 1。",
    "Framework, member or activities files, or folders to walk for *.yaml/*.yml.": "フレームワーク・メンバー・活動のファイル、または *.yaml/*.yml を探すフォルダー。",
    "table: path:line:col lines on stderr; json: a report on stdout.": "table: path:line:col の行を標準エラー出力に、json: 結果を標準出力に。",
    # show
    "Show a framework as a matrix: skills × level descriptors, by axis and category.": "フレームワークをマトリクスで表示する: 軸・カテゴリごとに、スキル × レベルの記述。",
    "family@version (e.g. icare-cs@2021-autumn), a framework file, or a family alone to list its versions.": "family@version(例: icare-cs@2021-autumn)またはフレームワークのファイル。ファミリー名だけなら、その版の一覧を表示する。",
    "table for people, json for scripts, md to paste into notes.": "table: 人が読む表、json: スクリプト用、md: メモに貼る。",
    # list
    "List the frameworks found on the lookup path, with versions and lineage.": "検索パスにあるフレームワークを、版と版のつながりとともに一覧にする。",
    "Lookup order: --frameworks DIR, CSMATRIX_PATH, ./frameworks, the shipped frameworks.": "探す順: --frameworks DIR、CSMATRIX_PATH、./frameworks、同梱のフレームワーク。",
    "table for people, json for scripts.": "table: 人が読む表、json: スクリプト用。",
    # schema
    "Print the JSON Schema of a file kind (for editors: yaml-language-server).": "ファイルの種類ごとの JSON Schema を出力する(エディター用: yaml-language-server)。",
    "Which file kind: framework, member or activities.": "ファイルの種類: framework、member、activities のどれか。",
    # assess
    "Score a member against their role's targets and show the gap report.": "メンバーをロールの目標と比べて、スキルギャップを表示する。",
    "Per axis and category: mean, attained level and readiness. Per skill: current, target, gap.": "軸・カテゴリごとに平均、到達レベル、目標達成率。スキルごとに現在、目標、差。",
    "Then the next step for each gap: the descriptor of the next level. Unrated skills count as 0.": "続いて、差のあるスキルごとの次のステップ(次のレベルの記述)。未評価のスキルは0として計算する。",
    "A member file (YAML).": "メンバーファイル(YAML)。",
    "Score against this role instead of the member's own (e.g. the next one up).": "メンバー自身のロールではなく、このロールと比べる(例: 1つ上のロール)。",
    "table for people, json for scripts, md for notes, html for a page with a radar chart.": "table: 人が読む表、json: スクリプト用、md: メモ用、html: レーダーチャート付きのページ。",
    "Also show how each skill's level moved across the assessments.": "評価のたびに各スキルのレベルがどう動いたかも表示する。",
    # diff
    "Show what changed between two framework versions, and the version bump it deserves.": "フレームワークの2つの版の違いと、推奨するバージョンの上げ方を表示する。",
    "Skills added, removed, renamed or merged (via `replaces`), moved and changed (with a word-level diff of descriptors); categories, axes, the level scale and each role's targets. OLD and NEW may also be REV:PATH in a git checkout (e.g. HEAD~1:frameworks/acme/v2.yaml).": "スキルの追加・削除・id変更・統合(`replaces` による)・移動・変更(記述は単語ごとの差分)、カテゴリ、軸、レベルの尺度、ロールごとの目標。git の作業フォルダーでは OLD と NEW に REV:PATH も使える(例: HEAD~1:frameworks/acme/v2.yaml)。",
    "The older version: a file, family@version, or REV:PATH (git).": "古い版: ファイル、family@version、または REV:PATH(git)。",
    "The newer version: a file, family@version, or REV:PATH (git).": "新しい版: ファイル、family@version、または REV:PATH(git)。",
    "Also show how each member's readiness and gaps change.": "メンバーごとに目標達成率とギャップがどう変わるかも表示する。",
    "Exit 1 when there are differences (like git diff --exit-code).": "違いがあれば終了コード 1 にする(git diff --exit-code と同じ)。",
    # migrate
    "Rewrite a member's assessments onto another version of their framework.": "メンバーの評価を、フレームワークの別の版に合わせて書き換える。",
    "Follows `replaces` across any number of versions. A skill that replaces several old ones takes the lowest of their ratings; skills with no successor are kept under `dropped:`.": "`replaces` をいくつ先の版までもたどる。複数の旧スキルをまとめたスキルは、それらの評価のうち最も低い値を引き継ぐ。後継のないスキルは `dropped:` に残す。",
    "The member file to migrate.": "書き換えるメンバーファイル。",
    "The version to move to: family@version, a bare version, or a file.": "移行先の版: family@version、版の名前だけ、またはファイル。",
    # textconv
    "Print a framework as sorted one-fact-per-line text, for git diff.": "git diff 用に、フレームワークを1行に1項目ずつ並べたテキストで出力する。",
    'Set up once per clone: git config diff.csmatrix.textconv "csmatrix textconv" with `frameworks/**/*.yaml diff=csmatrix` in .gitattributes. A file that is not a valid framework is printed unchanged (exit 0), so git diff always works; a pipe, a device, a folder or a file over 4 MiB is refused unread (exit 1).': 'クローンごとに一度だけ設定する: git config diff.csmatrix.textconv "csmatrix textconv" を実行し、.gitattributes に `frameworks/**/*.yaml diff=csmatrix` を書く。正しいフレームワークでないファイルはそのまま出力する(終了コード 0)ので、git diff はいつでも動く。パイプ、デバイス、フォルダー、4 MiB を超えるファイルは読まずに断る(終了コード 1)。',
    "A framework file (git passes a temporary copy).": "フレームワークのファイル(git は一時的なコピーを渡す)。",
    # review
    "Review every framework file changed between two git revisions.": "git の2つのリビジョンの間で変わったフレームワークのファイルをすべて確認する。",
    "For each: the semantic diff in people's words, the version bump it deserves against the one its `version:` declares (unchanged: none; numbered 1.2.0 -> 1.3.0: the part that rose; a new edition name: major) and, with --members, the members whose targets, gaps or readiness change.": "ファイルごとに、意味の違いをふだんの言葉で示し、推奨するバージョンの上げ方を `version:` が宣言する上げ方と比べる(宣言する上げ方は、変わらなければ「なし」、1.2.0 -> 1.3.0 のような番号なら上がった部分、新しい版の名前なら「メジャー」)。--members を付ければ、目標・ギャップ・目標達成率が変わるメンバーも示す。",
    "In CI, as a pull-request comment:": "CI では、プルリクエストのコメントとして:",
    "The revision the change starts from (e.g. origin/main).": "変更前のリビジョン(例: origin/main)。",
    "The revision with the change (default: the working tree).": "変更後のリビジョン(既定: 作業中のファイル)。",
    "Also show whose readiness and gaps change, and why.": "目標達成率とギャップが変わるメンバーと、その理由も表示する。",
    "md: a pull-request comment; json: for bots.": "md: プルリクエストのコメント用、json: ボット用。",
    "Exit 1 when a version declares a smaller bump than its change deserves.": "宣言したバージョンの上げ方が推奨より小さい版があれば終了コード 1 にする。",
    # check-bump
    "Refuse a staged framework change whose version is not bumped as the change deserves.": "ステージしたフレームワークの変更のうち、バージョンが推奨どおりに上がっていないものを受け付けない。",
    "Compares each staged framework file with its previous version in git (HEAD, or the version its `supersedes:` names) and exits 1 when the bump its `version:` declares is below the suggested one. Other files are ignored. Used by the `csmatrix-version-bump` pre-commit hook.": "ステージした各フレームワークのファイルを git 上の前の版(HEAD、または `supersedes:` が指す版)と比べ、`version:` の上げ方が推奨より小さければ終了コード 1 にする。ほかのファイルは無視する。pre-commit フック `csmatrix-version-bump` が使う。",
    "Framework files to check (the pre-commit hook passes the staged ones).": "確認するフレームワークのファイル(pre-commit フックはステージしたファイルを渡す)。",
    # sheet
    "An onboarding skill sheet: every skill, every level, the role's targets.": "オンボーディング用のスキルシート: すべてのスキル、すべてのレベル、ロールの目標。",
    "Columns: skill id, axis, category, skill, one per level (with its scope: individual / organisation; the target level marked ◎), target, the rating to fill in and a note. With --member the member's current levels and gaps are filled in and the rating column starts from the current levels.": "列: スキルid、軸、カテゴリ、スキル、レベルごとに1列(範囲: 個人/組織、目標レベルに ◎)、目標、記入する評価、メモ。--member を付けると、メンバーの現在のレベルとギャップが入り、評価の列は現在のレベルから始まる。",
    "family@version or a framework file; may be left out with --member (given with it, it must be the member's framework).": "family@version またはフレームワークのファイル。--member を付けるときは省略できる(指定するなら、そのメンバーのフレームワーク)。",
    "Mark this role's targets (default: the member's role).": "このロールの目標に印を付ける(既定: メンバーのロール)。",
    "A member file: fill in their current levels and gaps (for a 1on1).": "メンバーファイル: 現在のレベルとギャップを入れる(1on1 用)。",
    "md (wiki, pull request), html (print), csv or xlsx (fill in, then import).": "md(wiki、プルリクエスト)、html(印刷)、csv または xlsx(記入して import で取り込む)。",
    # init
    "Start a new file, ready to fill in (init member).": "記入するだけの新しいファイルを作る(init member)。",
    "A new member file listing every skill, ready to fill in.": "すべてのスキルを並べた、記入するだけの新しいメンバーファイルを作る。",
    "The self-assessment is written commented out, grouped by axis and category with each skill's name and target: uncomment it, give each skill a level and delete the skills you don't rate. The file validates as written.": "自己評価は軸・カテゴリごとに、各スキルの名前と目標を添えて、コメントにした形で書く: コメントを外し、各スキルにレベルを書き、評価しないスキルは消す。書いたままのファイルでも validate を通る。",
    "family@version (or a framework file).": "family@version(またはフレームワークのファイル)。",
    "The member's name, e.g. '佐藤 葵'.": "メンバーの名前(例: '佐藤 葵')。",
    "Their role (a role id of the framework).": "メンバーのロール(フレームワークのロールid)。",
    "Member id (kebab-case); default: the output file's name without .yaml, if that is an id.": "メンバーid(kebab-case)。既定: 出力ファイルの名前から .yaml を除いたもの(idとして使えるとき)。",
    # import
    "Read a filled skill sheet back into a member file.": "記入したスキルシートをメンバーファイルに取り込む。",
    "Every problem of the sheet is reported at once as SHEET:ROW:COLUMN: error: cell E12: ...; nothing is written then (exit 1). Without --into the result is a new member file (stdout, or -o OUT); with --into it is added to MEMBER as a new assessment. Its assessor and date come from --by / --date, else from the sheet's assessor and date cells, else self and today; an assessment by self says method: self-assessment.": "シートの問題はすべて一度に SHEET:ROW:COLUMN: error: cell E12: ... の形で報告し、そのときは何も書かない(終了コード 1)。--into なしでは新しいメンバーファイルになる(標準出力、または -o OUT)。--into を付けると MEMBER に新しい評価として加える。評価者と評価日は --by / --date、なければシートの評価者と評価日の欄、それもなければ self と今日。self による評価には method: self-assessment を付ける。",
    "Examples (a 1on1 sheet of a member, filled in, read back):": "例(メンバーの1on1用シートを書き出し、記入して取り込む):",
    "A filled sheet: .csv (UTF-8, UTF-8 with BOM or CP932) or .xlsx.": "記入したシート: .csv(UTF-8、BOM付き UTF-8、CP932)または .xlsx。",
    "Who rated: self, or the assessor's name or id (default: the sheet's, else self).": "評価した人: self、または評価者の名前かid(既定: シートの記入、なければ self)。",
    "Date of the assessment (default: the sheet's, else today).": "評価日(既定: シートの記入、なければ今日)。",
    "Add the ratings as a new dated assessment to this member file (updated in place, comments kept; with -o the result goes to OUT).": "評価を日付つきの新しい評価として、このメンバーファイルに加える(ファイルをそのまま更新し、コメントは残す。-o を付けると結果は OUT へ)。",
    # team
    "The team matrix: who is strong where, single points of failure, mentors, readiness.": "チーム力量表: 誰がどのスキルに強いか、属人化、メンター候補、目標達成率。",
    "Members on older versions of the framework are carried to the newest one in memory (their files are not changed). Invalid files are reported as path:line:col: error: message and nothing is shown (exit 1); with --keep-going the valid members are still shown and the exit code is 1.": "フレームワークの古い版のメンバーは、メモリ上で最新の版に換算する(ファイルは変更しない)。正しくないファイルは path:line:col: error: message の形で報告し、何も表示しない(終了コード 1)。--keep-going を付けると、正しいメンバーだけで表示する(終了コードは 1)。",
    "Member files, or folders to walk for member *.yaml/*.yml (other kinds are skipped).": "メンバーファイル、またはメンバーの *.yaml/*.yml を探すフォルダー(ほかの種類のファイルは飛ばす)。",
    "Compare on this framework (family@version or a file); default: the newest version among the members' frameworks.": "このフレームワークで比べる(family@version またはファイル)。既定: メンバーのフレームワークのうち最新の版。",
    "A member covers a skill at this level or above (default 3, or the top of a shorter scale).": "メンバーのレベルがこれ以上なら、そのスキルをカバーしているとみなす(既定 3。尺度がそれより短ければ最上位)。",
    "table for people, json for scripts, csv for Excel, md for notes.": "table: 人が読む表、json: スクリプト用、csv: Excel 用、md: メモ用。",
    "Also show coverage inside each group: 'unit' (a member's unit, e.g. high-touch), so a single point inside one unit shows even when another unit has the skill.": "グループの中のカバーも表示する: 'unit'(メンバーのユニット。例: high-touch)。別のユニットにそのスキルを持つ人がいても、ユニットの中の属人化がわかる。",
    "Show the team of the valid files even when some are invalid (still exit 1).": "正しくないファイルがあっても、正しいファイルだけでチームを表示する(終了コードは 1)。",
    "What-if: show the team without this member (id or file; repeatable) and the skills that become single points of failure or uncovered because of it.": "もしも: このメンバーが抜けたチームと、そのために属人化・未カバーになるスキルを表示する(id またはファイル。複数指定可)。",
    "Growth capacity: can the team take N newcomers (of --role)?": "受け入れ余力: チームが新メンバー(ロールは --role)を N 人受け入れられるか。",
    "The newcomers' role for --hire (default: the first role).": "--hire で受け入れる新メンバーのロール(既定: 最初のロール)。",
    "Learners per mentor for --hire (default 2).": "--hire でメンター1人が受け持つ人数(既定 2)。",
    "Table: also list mentor candidates per skill below target.": "table: 目標未満のスキルごとのメンター候補も表示する。",
    "Table: also show each member's next role and readiness for it.": "table: 各メンバーの次のロールと、その目標達成率も表示する。",
    "Table: both --mentors and --readiness.": "table: --mentors と --readiness の両方。",
    # activities
    "Map a team's CS activities: 3 zones × 9 blocks, the O:H:G ratio, walls and moves.": "チームのCS活動をマップにする: 3ゾーン × 9ブロック、O:H:G の比率、乗り越える壁と打ち手。",
    "Each activity lands in a block by expectation (above/meets/below: O お節介, H ハッピー, G がっかり) and resources (low/medium/high: 1-3). The ratio is scaled to 10 and placed against the article's reference bands; activities outside H-1/H-2 get the wall to cross and the recommended move.": "各活動は、期待(above/meets/below: O お節介、H ハッピー、G がっかり)とリソース(low/medium/high: 1-3)でブロックに置く。比率は合計10に換算して、記事の参照帯と比べる。H-1/H-2 の外の活動には、乗り越える壁とおすすめの打ち手を示す。",
    "An activities file (schema: csmatrix/activities@1).": "活動のファイル(スキーマ: csmatrix/activities@1)。",
    # lint
    "Warn about a framework's text: overlapping skills, levels that do not build up, templates.": "フレームワークの文章を点検する: 重なるスキル、積み上がらないレベル、使い回しの言い回し。",
    "Rules: overlap, no-build-up, template, mixed-mood, missing-language, one-language-change (against the version it supersedes), joined. Each warning is path:line:col: warning: message [rule]. Exit 0 unless the files are invalid (1), or --strict and there is a warning (1).": "ルール: overlap、no-build-up、template、mixed-mood、missing-language、one-language-change(supersedes で指す前の版と比べる)、joined。警告は path:line:col: warning: message [rule] の形。ファイルが正しくないとき(1)と、--strict で警告があるとき(1)のほかは終了コード 0。",
    "Framework files, folders to walk for frameworks, or family@version references.": "フレームワークのファイル、フレームワークを探すフォルダー、または family@version。",
    "table: path:line:col lines; json: warnings[] for scripts.": "table: path:line:col の行、json: スクリプト用の warnings[]。",
    "Exit 1 when there is any warning (for CI and pre-commit).": "警告が1つでもあれば終了コード 1 にする(CI・pre-commit 用)。",
    "overlap: two skills' descriptors this similar (0-1) describe the same behaviour.": "overlap: 2つのスキルの記述の似ている度合い(0-1)がこれ以上なら、同じ行動を書いているとみなす。",
    "no-build-up: warn when a level is at least this similar (0-1) to the one below.": "no-build-up: 1つ下のレベルとの似ている度合い(0-1)がこれ以上のレベルを警告する。",
    "template: a phrase in at least this many skills at one level.": "template: 同じレベルでこの数以上のスキルに出てくる言い回しを警告する。",
    "template: ... and the phrase is in at least this share of that level's skills.": "template: さらに、そのレベルのスキルのうちこの割合以上に出てくる言い回しに限る。",
    "joined: warn when one descriptor joins more behaviours than this.": "joined: 1つの記述につなげた行動がこの数を超えると警告する。",
    "Skip a rule (repeatable).": "このルールを使わない(複数指定可)。",
    # calibrate
    "Per assessor: ratings, mean level, gap to self-ratings, discrepancies, leniency vs peers.": "評価者ごとに: 評価数、平均レベル、自己評価との差、自己評価との乖離、他の評価者と比べた甘さ。",
    "An assessor is anyone in an assessment's 'by:' other than self. Self-ratings and peers' ratings are matched on the same member and skill, nearest in date. Flagged: lenient/severe (leniency of ±0.75 or more over 3+ shared ratings) or discrepant (40%+ of 3+ ratings differ from the self-rating by 2 or more).": "評価者は、評価の 'by:' にある self 以外の人。自己評価と評価者の評価は、同じメンバー・同じスキルで日付の最も近いもの同士を比べる。注意を付けるのは、甘め/辛め(共通の評価 3 件以上で甘さが ±0.75 以上)と、自己評価と乖離(3 件以上の評価のうち 40% 以上が自己評価と2以上違う)。",
    "Flag an assessor this far above (or below) their peers.": "他の評価者よりこの値以上高い(または低い)評価者に注意を付ける。",
    "Flag an assessor when this share of their ratings differ from the self-rating by 2+.": "評価のうちこの割合以上が自己評価と2以上違う評価者に注意を付ける。",
    "Flag only on at least this many compared ratings.": "比べた評価がこの件数以上あるときだけ注意を付ける。",
    # rotate
    "A rotation plan against 属人化: who learns which skill from whom.": "属人化をなくすローテーション案: 誰がどのスキルを誰から学ぶか。",
    "Each proposal pairs a learner below the coverage level on a skill that rests on one person with that person as mentor; each learner takes one skill at a time, each mentor at most K learners. The plan is optimal: the fewest single points plus uncovered skills after it, then the smallest total level increase, then skill and member ids. A skill nobody holds has no mentor in the team: it stays uncovered, with the members closest to the level named.": "1人だけが持つスキルごとに、カバー基準に届いていないメンバーを学ぶ人に、その1人をメンターにして組にする。学ぶ人は一度に1スキル、メンターは最大 K 人まで。案は最適なもの: 実施後の属人化と未カバーのスキルの合計が最も少なく、次にレベル上昇の合計が最も小さく、次にスキルidとメンバーidの順。誰も持っていないスキルはチーム内にメンターがいないため未カバーのまま残し、そのレベルに最も近いメンバーを示す。",
    "Member files, or folders to walk for member *.yaml/*.yml (as for 'team').": "メンバーファイル、またはメンバーの *.yaml/*.yml を探すフォルダー('team' と同じ)。",
    "Plan on this framework (family@version or a file); default: the newest among the members'.": "このフレームワークで計画する(family@version またはファイル)。既定: メンバーのフレームワークのうち最新の版。",
    "A member covers a skill at this level or above, and learners aim at it (default 3, or the top of a shorter scale).": "メンバーのレベルがこれ以上ならスキルをカバーしているとみなし、学ぶ人もこのレベルを目指す(既定 3。尺度がそれより短ければ最上位)。",
    "At most K learners per mentor.": "メンター1人あたり最大 K 人。",
    "table for people, json for scripts, md for a wiki or a ticket.": "table: 人が読む表、json: スクリプト用、md: wiki やチケット用。",
    "Plan for the valid members even when some files are invalid (exit 1).": "正しくないファイルがあっても、正しいメンバーだけで計画する(終了コード 1)。",
    # site
    "Build a static site to roll frameworks out: open DIR/index.html in any browser.": "フレームワークを社内に広めるための静的サイトを作る: DIR/index.html をブラウザーで開く。",
    "Per family and version: the framework (skills × levels, with a filter box that needs scripts; everything reads without them), the career path (roles as a ladder, what rises at each step) and what changed from the version it supersedes. Pages work from file:// with no server and no network (no CDN, no web font, a strict Content-Security-Policy), on a phone and on paper.": "ファミリーと版ごとに: フレームワーク(スキル × レベル。絞り込み欄にはスクリプトが要るが、なくてもすべて読める)、キャリアパス(ロールを段にして、段ごとに何が上がるか)、前の版からの変更。ページはサーバーもネットワークもなしに file:// で開け(CDN なし、Web フォントなし、厳しい Content-Security-Policy)、スマートフォンでも紙でも読める。",
    "Member pages (a radar chart per member, the team heatmap) are added only with --members DIR --private: --members alone is refused (exit 2), so a site of people's assessments is never built by accident.": "メンバーのページ(メンバーごとのレーダーチャート、チームのヒートマップ)は --members DIR --private のときだけ加える。--members だけでは断る(終了コード 2)ので、個人の評価を載せたサイトをうっかり作ることはない。",
    "DIR is created if missing. If any page the site writes already exists, nothing is written unless --force (then those pages are replaced; other files in DIR are never touched).": "DIR がなければ作る。書き出すページが1つでも既にあれば、--force なしでは何も書かない(--force ならそのページを置き換える。DIR のほかのファイルには触れない)。",
    "Write the site into this folder.": "サイトをこのフォルダーに書き出す。",
    "Framework files, folders to walk, or family@version references (default: every framework on the lookup path, as `csmatrix list` shows).": "フレームワークのファイル、探すフォルダー、または family@version(既定: 検索パスにあるすべてのフレームワーク。`csmatrix list` に出るもの)。",
    "Add member pages (radar per member, team heatmap) from the member files here; needs --private.": "ここにあるメンバーファイルから、メンバーのページ(メンバーごとのレーダー、チームのヒートマップ)を加える。--private が必要。",
    "Confirm the site holds people's assessments and will not be published.": "サイトに個人の評価が含まれ、公開しないことを確認する。",
    "Replace pages an earlier build left in DIR.": "前に作ったページが DIR にあれば置き換える。",
}

CLICK: dict[str, str] = {
    # the words click and typer write into help themselves (headings, the tail of an option's help)
    "Options": "オプション",
    "Arguments": "引数",
    "Commands": "コマンド",
    "env var": "環境変数",
    "default": "既定値",
    "required": "必須",
    "Show this message and exit.": "このヘルプを表示して終了する。",
}
