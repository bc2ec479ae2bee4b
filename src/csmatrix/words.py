# ruff: noqa: E501  (a catalogue of texts: a line is as long as its text)
"""Every word csmatrix shows a person, in Japanese and English, with one lookup.

The bottom layer: it imports nothing of csmatrix, so the core (sheet data,
member files, migrate summaries) and the renderers use the same catalogue.
Keys are ``area.name``; each entry is ``(Japanese, English)``.  A text may hold
``{placeholders}`` that ``word`` fills.  A key missing from the catalogue is a
bug (``tests/test_words.py`` walks every key in both languages); an empty text
in one language falls back to the other.
"""

from __future__ import annotations

LANGS = ("ja", "en")

WORDS: dict[str, tuple[str, str]] = {
    # Scope names (individual, organisation) and the headings of `show`
    "scope.individual": ("個人", "individual"),
    "scope.organization": ("組織", "organisation"),
    "show.levels": ("レベル", "Levels"),
    "show.targets": ("目標", "Targets"),
    "show.skill": ("スキル", "Skill"),
    "show.replaces": ("旧スキル", "Replaces"),
    "show.framework": ("フレームワーク", "Framework"),
    "show.versions": ("版", "Versions"),
    # `assess` (table and Markdown)
    "assess.title": ("スキルギャップ", "skill gap report"),
    "assess.role": ("ロール", "Role"),
    "assess.no_role": ("なし(目標なし)", "none (no targets)"),
    "assess.framework": ("フレームワーク", "Framework"),
    "assess.assessed": ("評価", "Assessed"),
    "assess.not_assessed": ("評価なし", "not assessed yet"),
    "assess.self": ("自己", "self"),
    "assess.skills_n": ("{n}スキル", "{n} skills"),
    "assess.skills_1": ("{n}スキル", "{n} skill"),
    "assess.overall": ("総合", "Overall"),
    "assess.mean": ("平均", "Mean"),
    "assess.attained": ("到達Lv", "Attained"),
    "assess.readiness": ("目標達成", "Readiness"),
    "assess.unrated_n": ("未評価", "unrated"),
    "assess.groups": ("軸・カテゴリ", "Axes and categories"),
    "assess.skills": ("スキル(差の大きい順)", "Skills (largest gap first)"),
    "assess.skill": ("スキル", "Skill"),
    "assess.bar": ("レベル", "Level"),
    "assess.current": ("現在", "Now"),
    "assess.target": ("目標", "Target"),
    "assess.gap": ("差", "Gap"),
    "assess.next": ("次", "Next"),
    "assess.memo": ("メモ", "Notes"),
    "assess.next_steps": ("次のステップ", "Next steps"),
    "assess.no_next_steps": (
        "目標に届いていないスキルはありません。",
        "Every skill with a target has reached it.",
    ),
    "assess.no_next_steps_not_counted": (
        "評価の上では目標に届いていますが、{n}スキルはこのロールが数える方法({methods})で確かめられていません(下記)。",
        "Every skill with a target has reached it, but {n} not by a method this role counts ({methods}); see below.",
    ),
    "assess.unrated": ("未評価(0として計算)", "Unrated (counted as 0)"),
    "assess.discrepancies": ("自己評価と評価者の差(2以上)", "Self vs assessor (2 or more apart)"),
    "assess.flag_unrated": ("未評価", "unrated"),
    "assess.flag_discrepancy": ("自己{s}・評価者{o}", "self {s}, assessor {o}"),
    "assess.history": ("推移", "History"),
    "assess.path": ("推移", "Moves"),
    "assess.assessor": ("評価者", "assessor"),
    "assess.individual": ("個人", "individual"),
    "assess.organization": ("組織", "organisation"),
    "assess.method": ("評価方法", "Method"),
    "assess.m_examination": ("試験", "examination"),
    "assess.m_written-test": ("筆記試験", "written test"),
    "assess.m_observation": ("業務観察", "observation"),
    "assess.m_interview": ("面談", "interview"),
    "assess.m_peer-review": ("相互評価", "peer review"),
    "assess.m_self-assessment": ("自己評価", "self-assessment"),
    "assess.m_none": ("方法の記載なし", "no method given"),
    "assess.not_counted": (
        "目標達成に数えない評価(このロールは{methods}による評価のみ数える)",
        "Ratings not counted toward readiness (this role counts only {methods})",
    ),
    "assess.not_counted_row": (
        "現在の{current}({method}、{date})は数えない · 数える評価: {counted}",
        "now {current} ({method}, {date}) is not counted · counted: {counted}",
    ),
    "assess.counted_none": ("なし(0として計算)", "none (counted as 0)"),
    "assess.flag_not_counted": ("達成に数えない", "not counted"),
    "assess.legend": (
        "■ 到達 □ 目標までの差 · 未到達 | 目標の位置",
        "■ reached □ gap to target · not reached | target",
    ),
    # `assess --format html`
    "report.title": ("{name} のスキルギャップ", "Skill gap report: {name}"),
    "report.framework": ("フレームワーク", "Framework"),
    "report.role": ("ロール", "Role"),
    "report.no_role": ("なし(目標なし)", "none (no targets)"),
    "report.assessed": ("評価日", "Assessed"),
    "report.readiness": ("目標達成", "Readiness"),
    "report.mean": ("平均", "Mean"),
    "report.radar": ("カテゴリ別のレベル(レーダーチャート)", "Level by category (radar chart)"),
    "report.radar_skills": ("スキル別のレベル(レーダーチャート)", "Level by skill (radar chart)"),
    "report.radar_desc": (
        "{spokes}の各軸に、現在のレベル(平均)と目標を0〜{top}で示す。同じ数値を右の表に示す。",
        "Each spoke is one of {spokes}; current level (mean) and target on a 0–{top} scale. The same numbers are in the table beside it.",
    ),
    "report.categories": ("カテゴリ", "categories"),
    "report.skills_word": ("スキル", "skills"),
    "report.table_caption": ("チャートの数値", "The chart's numbers"),
    "report.category": ("カテゴリ", "Category"),
    "report.skill": ("スキル", "Skill"),
    "report.current": ("現在", "Current"),
    "report.target": ("目標", "Target"),
    "report.self": ("自己評価", "Self"),
    "report.assessor": ("評価者", "Assessor"),
    "report.gap": ("差", "Gap"),
    "report.next": ("次のステップ", "Next step"),
    "report.gaps": ("スキルごとのギャップ(差の大きい順)", "Gaps by skill (largest first)"),
    "report.unrated": ("未評価", "unrated"),
    "report.discrepancies": (
        "自己評価と評価者の評価が2以上違うスキル",
        "Skills where self and assessor differ by 2 or more",
    ),
    # `team`
    "team.title": ("チーム力量表", "Team skill matrix"),
    "team.members_count": ("メンバー {n}人", "{n} members"),
    "team.coverage_rule": (
        "カバー基準: レベル{level}({name})以上",
        "coverage: level {level} ({name}) or above",
    ),
    "team.legend": (
        "現在のレベルと目標: 2< 目標未満 · 3 目標どおり · 4> 目標超え · - 未評価",
        "current level vs target: 2< below · 3 at · 4> above · - unrated",
    ),
    "team.csv_name": ("氏名", "Name"),
    "team.csv_unit": ("ユニット", "Unit"),
    "team.member": ("メンバー", "Member"),
    "team.role": ("ロール", "Role"),
    "team.readiness": ("達成率", "Ready"),
    "team.next_role": ("次のロール", "Next role"),
    "team.cov": ("カバー", "cov"),
    "team.page": ("メンバー {first}–{last} / {n}人", "members {first}–{last} of {n}"),
    "team.single_points": ("属人化(カバー1人のスキル)", "Single points of failure (one holder)"),
    "team.uncovered": ("未カバー(該当者なし)", "Uncovered (no holder)"),
    "team.none": ("なし", "none"),
    "team.mentors": (
        "メンター候補(目標未満のスキルごと、最大3人)",
        "Mentors (per skill below target, up to 3)",
    ),
    "team.no_mentor": ("チーム内にいません", "nobody in the team"),
    "team.skill": ("スキル", "Skill"),
    "team.now_target": ("現在→目標", "now→target"),
    "team.migrated": ("旧版から換算", "carried from"),
    "team.no_role": ("(ロールなし)", "(no role)"),
    "team.no_gaps": ("全員が目標に達しています", "everyone is at their targets"),
    "team.holders": ("保有者", "holder"),
    "team.units": ("ユニット別カバー", "Coverage per unit"),
    "team.unit_head": ("{unit}({n}人)", "{unit} ({n} members)"),
    "team.unit_head_1": ("{unit}({n}人)", "{unit} (1 member)"),
    "team.no_unit": ("(ユニットなし)", "(no unit)"),
    "team.unit_single": ("属人化", "single point"),
    "team.unit_uncovered": ("未カバー", "uncovered"),
    "team.team_wide": ("チーム全体で{n}人", "{n} in the team"),
    # `diff` and `review`
    "diff.bump": ("推奨するバージョンの上げ方", "Suggested version bump"),
    "diff.identical": ("違いはありません", "No differences"),
    "diff.skills": ("スキル", "Skills"),
    "diff.added": ("追加", "added"),
    "diff.removed": ("削除", "removed"),
    "diff.renamed": ("id変更", "renamed"),
    "diff.merged": ("統合", "merged"),
    "diff.split": ("分割", "split"),
    "diff.moved": ("移動", "moved"),
    "diff.changed": ("変更されたスキル", "Changed skills"),
    "diff.categories": ("カテゴリ", "Categories"),
    "diff.axes": ("軸", "Axes"),
    "diff.levels": ("レベル", "Level scale"),
    "diff.roles": ("ロール", "Roles"),
    "diff.role": ("ロール", "Role"),
    "diff.targets": ("ロール別の目標", "Role targets"),
    "diff.framework": ("フレームワーク", "Framework"),
    "diff.was": ("旧", "was"),
    "diff.rewritten": ("書き換え", "rewritten"),
    "diff.impact": ("メンバーへの影響", "Impact on members"),
    "diff.readiness": ("達成率", "readiness"),
    "diff.via": ("経由", "via"),
    "diff.not-linked": (
        "注意: 2つの版は supersedes でつながっていません。同じidと replaces だけで対応づけています",
        "note: the two versions are not linked by supersedes; only same ids and replaces are matched",
    ),
    # `diff` bump reasons: one heading per code ({n} items, {items} worded by
    # `versions.semver.describe` with names), the items' words, and the kinds
    "reason.target-raised": ("目標が上がった ({n}): {items}", "targets raised ({n}): {items}"),
    "reason.target-new": (
        "新たに目標のついたスキル ({n}): {items}",
        "skills newly required ({n}): {items}",
    ),
    "reason.descriptor-at-target": (
        "目標以下のレベルの記述が変わったスキル ({n}): {items}",
        "skills whose descriptors changed at or below a target ({n}): {items}",
    ),
    "reason.merged-targeted": (
        "目標のあるスキルを統合 (評価は低い方を引き継ぐ) ({n}): {items}",
        "targeted skills merged (ratings carry over as the lowest) ({n}): {items}",
    ),
    "reason.level-removed-at-target": (
        "目標以下のレベルがなくなった ({n}): {items}",
        "levels removed at or below a target ({n}): {items}",
    ),
    "reason.scope-at-target": (
        "目標以下のレベルの範囲が変わった ({n}): {items}",
        "scope changed for levels at or below a target ({n}): {items}",
    ),
    "reason.method-stricter": (
        "目標達成に数える評価方法が絞られた ({n}): {items}",
        "fewer rating methods count toward a role ({n}): {items}",
    ),
    "reason.method-looser": (
        "目標達成に数える評価方法が広がった ({n}): {items}",
        "more rating methods count toward a role ({n}): {items}",
    ),
    "reason.target-lowered": ("目標が下がった ({n}): {items}", "targets lowered ({n}): {items}"),
    "reason.target-dropped": ("目標がなくなった ({n}): {items}", "targets removed ({n}): {items}"),
    "reason.skill-added": (
        "目標のない新しいスキル ({n}): {items}",
        "new skills without a target ({n}): {items}",
    ),
    "reason.skill-removed": ("なくなったスキル ({n}): {items}", "skills removed ({n}): {items}"),
    "reason.skill-renamed": ("idが変わったスキル ({n}): {items}", "skill ids changed ({n}): {items}"),
    "reason.skill-merged": ("統合されたスキル ({n}): {items}", "skills merged ({n}): {items}"),
    "reason.skill-split": ("分割されたスキル ({n}): {items}", "skills split ({n}): {items}"),
    "reason.skill-moved": (
        "別のカテゴリに移ったスキル ({n}): {items}",
        "skills moved to another category ({n}): {items}",
    ),
    "reason.descriptor-above-target": (
        "目標より上のレベルの記述が変わったスキル ({n}): {items}",
        "skills whose descriptors changed above every target ({n}): {items}",
    ),
    "reason.level-added": ("レベルが増えた ({n}): {items}", "levels added ({n}): {items}"),
    "reason.level-removed": (
        "目標より上のレベルがなくなった ({n}): {items}",
        "levels removed above every target ({n}): {items}",
    ),
    "reason.scope-above-target": (
        "目標より上のレベルの範囲が変わった ({n}): {items}",
        "scope changed for levels above every target ({n}): {items}",
    ),
    "reason.structure": (
        "カテゴリ・軸・ロールの追加/削除/変更 ({n}): {items}",
        "categories, axes or roles added/removed/changed ({n}): {items}",
    ),
    "reason.wording": ("文言のみの変更 ({n}): {items}", "wording only ({n}): {items}"),
    "reasonitem.more": ("{items} ほか{n}件", "{items} and {n} more"),
    "reasonitem.target": ("{role}の{skill} {before}→{after}", "{role}: {skill} {before}→{after}"),
    "reasonitem.arrow": ("{before}→{after}", "{before} → {after}"),
    "reasonitem.level_named": ("L{level}({name})", "L{level} ({name})"),
    "reasonitem.kind_named": ("{kind}「{name}」", "{kind} {name}"),
    "reasonitem.added": ("{kind}の追加: {what}", "new {kind}: {what}"),
    "reasonitem.removed": ("{kind}の削除: {what}", "{kind} removed: {what}"),
    "reasonitem.renamed": ("{kind}のid変更: {what}", "{kind} id changed: {what}"),
    "reasonitem.axis": ("{kind}の軸の変更: {what}", "{kind} moved to another axis: {what}"),
    "reasonkind.category": ("カテゴリ", "category"),
    "reasonkind.axis": ("軸", "axis"),
    "reasonkind.role": ("ロール", "role"),
    "reasonkind.framework": ("フレームワーク", "framework"),
    "diff.skill": ("スキル", "Skill"),
    "impact.descriptor": (
        "本人のレベルの記述が変わった: {skills}",
        "descriptor changed at their level: {skills}",
    ),
    "impact.skipped": (
        "{path}: 読めないため影響の集計から外しました",
        "{path}: skipped, not counted in the impact",
    ),
    "impact.more_items": ("{items} ほか{n}件", "{items} and {n} more"),
    # Semantic-version bumps
    "bump.major": ("メジャー", "major"),
    "bump.minor": ("マイナー", "minor"),
    "bump.patch": ("パッチ", "patch"),
    "bump.none": ("なし", "none"),
    # `review`
    "review.title": ("csmatrix review: フレームワークの変更", "csmatrix review: framework changes"),
    "review.none-changed": ("変更されたフレームワークはありません", "No framework file changed"),
    "review.file": ("ファイル", "file"),
    "review.change": ("変更", "change"),
    "review.suggested": ("推奨", "suggested"),
    "review.declared": ("宣言", "declared"),
    "review.members": ("影響するメンバー", "members affected"),
    "review.why": ("理由", "why"),
    "review.diff": ("差分", "semantic diff"),
    "review.people": ("メンバーへの影響", "impact on members"),
    "review.new-family": (
        "新しいファミリー: 比べる前の版はありません",
        "a new family: no earlier version to compare",
    ),
    "review.previous-not-found": (
        "supersedes の前の版が見つかりません",
        "the version named in supersedes was not found",
    ),
    "review.deleted": ("削除されたファイル", "file deleted"),
    "review.unchanged": ("version はそのまま", "version unchanged"),
    "review.numbered": ("番号", "numbered"),
    "review.lower": ("番号が上がっていない", "the number did not rise"),
    "review.edition": ("新しい版の名前", "a new edition name"),
    "review.fix": (
        "宣言した上げ方が推奨より小さい変更があります。version を推奨どおりに上げてください",
        "Some changes declare a smaller bump than they deserve: raise their version as suggested",
    ),
    "review.problems": ("読めなかったファイル", "files that could not be read"),
    # `activities`
    "activities.title": ("CS活動改善マップ", "CS activity improvement map"),
    "activities.ratio": ("O:H:G", "O:H:G"),
    "activities.activities": ("件", " activities"),
    "activities.bands": ("参照帯(記事の目安)", "Reference bands (from the article)"),
    "activities.band": ("帯", "Band"),
    "activities.distance": ("距離", "Distance"),
    "activities.in_band": ("この帯の中にいます", "the team is in this band"),
    "activities.nearest": ("最も近い帯", "nearest band"),
    "activities.ties": ("同じ距離", "equally near"),
    "activities.distance_note": (
        "距離＝比率から帯の最も近い点までの差の絶対値の和(L1)。2は活動の1割が別のゾーンにある差",
        "distance = L1 distance from the ratio to the nearest point of the band; 2 means a tenth of the activities in another zone",
    ),
    "activities.walls": ("乗り越える壁と打ち手", "Walls to cross and moves"),
    "activities.move_label": ("打ち手：", "Move: "),
    "activities.no_walls": (
        "すべての活動が H-1/H-2 にあります。越えるべき壁はありません。",
        "Every activity is in H-1/H-2: no wall to cross.",
    ),
    "activities.journey": ("カスタマージャーニー上の活動", "Activities along the customer journey"),
    "activities.stage": ("段階", "Stage"),
    "activities.activity": ("活動(ブロック)", "Activities (block)"),
    "activities.empty": (
        "活動がありません。'activities:' に活動を追加するとマップに置かれます。",
        "No activities yet: add some under 'activities:' to place them on the map.",
    ),
    "activities.no_ratio": ("活動がないため比率はありません", "no ratio without activities"),
    # the map's zones (rows, full and short names), expectations and resource columns
    "activities.zone_o": ("お節介ゾーン", "Overdoing zone"),
    "activities.zone_h": ("ハッピーゾーン", "Happy zone"),
    "activities.zone_g": ("がっかりゾーン", "Disappointing zone"),
    "activities.short_o": ("お節介", "Overdoing"),
    "activities.short_h": ("ハッピー", "Happy"),
    "activities.short_g": ("がっかり", "Disappointing"),
    "activities.expect_above": ("期待以上", "above expectation"),
    "activities.expect_meets": ("期待通り", "meets expectation"),
    "activities.expect_below": ("期待以下", "below expectation"),
    "activities.resources_low": ("リソース少", "low resources"),
    "activities.resources_medium": ("リソース中", "medium resources"),
    "activities.resources_high": ("リソース多", "high resources"),
    # H-1..H-3 are the article's names; "やりすぎ" is its word for O-3.  The
    # article leaves the other blocks unnamed ("機会があれば別のnoteで詳述"): the
    # names below are ours, chosen to read like the article's.
    "activities.block_o-1": ("ちょっとしたお節介", "A bit much"),
    "activities.block_o-2": ("お節介", "Overdoing"),
    "activities.block_o-3": ("やりすぎ", "Far too much"),
    "activities.block_h-1": ("理想郷", "Utopia"),
    "activities.block_h-2": ("お互いちょうどいい", "Just right for both sides"),
    "activities.block_h-3": ("正しい努力で至った仕事", "Earned by the right effort"),
    "activities.block_g-1": ("手薄", "Spread too thin"),
    "activities.block_g-2": ("力不足", "Falling short"),
    "activities.block_g-3": ("報われない努力", "Effort that misses"),
    # the three walls and the article's moves to cross them
    "activities.wall_stop": ("やめる勇気の壁", "Wall of the courage to stop"),
    "activities.wall_improve": ("サービス改善の壁", "Wall of service improvement"),
    "activities.wall_efficiency": ("効率化の壁", "Wall of efficiency"),
    "activities.move_stop": (
        "やめると決める(権限のある人が決め、メンバーはファクトを集めて提案する)。やめる・減らすときは、より省エネな別の担保手段を用意する(例:定例会の頻度を下げ、ログデータのヘルススコアで顧客の状況を把握する)。",
        "Decide to stop (someone with authority decides; members gather the facts and propose it). When stopping or reducing, put a cheaper safeguard in place (e.g. fewer regular meetings, with a health score from product logs to keep track of customers).",
    ),
    "activities.move_improve": (
        "お客様が何を期待しているかを特定する。聞きに行く(活動についてのNPS・評価アンケートをファン・中庸・解約懸念の顧客に)、N1分析、近い属性のユーザーでのABテスト。まずは愚直にH-3を目指す。",
        "Find out what the customer expects: ask them (an NPS or survey about the activity, across fans, middle and at-risk customers), N1 analysis, A/B tests with similar users. Aim for H-3 first.",
    ),
    "activities.move_efficiency": (
        "インプットとプロセスを磨き込み、自動化して投下リソースを下げてH-2へ(業務設計・効率化はCSOpsに任せる。AIチャットボット、ドキュメント作成AIなど)。",
        "Polish the inputs and the process and automate to cut the resources, reaching H-2 (hand the design and efficiency work to CS Ops; chatbots, AI-assisted documents).",
    ),
    # the customer journey's stages
    "activities.stage_evaluation": ("検討・評価", "Evaluation"),
    "activities.stage_contract": ("契約締結", "Contract"),
    "activities.stage_onboarding": ("オンボーディング", "Onboarding"),
    "activities.stage_adoption": ("活用・定着", "Adoption"),
    "activities.stage_renewal": ("契約更新・拡張", "Renewal & expansion"),
    "activities.stage_churn": ("解約", "Churn"),
    # the article's reference bands
    "activities.band_ideal": ("理想", "Ideal"),
    "activities.band_experimenting": ("新施策を検証中でも健康的", "Healthy while experimenting"),
    "activities.band_mature": ("成熟したチームならとても優秀", "Mature team, excellent"),
    "activities.band_starting": ("立ち上げ初期のチームによくある幅", "Typical of a team just starting"),
    # `calibrate`
    "calibrate.title": ("評価者のキャリブレーション", "Assessor calibration"),
    "calibrate.assessor": ("評価者", "Assessor"),
    "calibrate.ratings": ("評価数", "Ratings"),
    "calibrate.members": ("メンバー", "Members"),
    "calibrate.mean": ("平均", "Mean"),
    "calibrate.self_gap": ("自己評価差", "vs self"),
    "calibrate.discrepancy_share": ("乖離率", "Discrepant"),
    "calibrate.leniency": ("甘さ", "Leniency"),
    "calibrate.flag": ("注意", "Flag"),
    "calibrate.lenient": ("甘め", "lenient"),
    "calibrate.severe": ("辛め", "severe"),
    "calibrate.discrepant": ("自己評価と乖離", "far from self"),
    "calibrate.none": (
        "評価者(by が self 以外)の評価がありません",
        "no ratings by an assessor (by other than self)",
    ),
    "calibrate.summary": (
        "{members}人のメンバー、{assessors}人の評価者",
        "{members} members, {assessors} assessors",
    ),
    "calibrate.rule": (
        "注意の基準: 甘さが ±{leniency} 以上(他の評価者と共通の評価 {min} 件以上)、または自己評価と2以上違う割合が {share} 以上(自己評価との組 {min} 件以上)",
        "Flag rule: leniency ±{leniency} or more (over {min}+ ratings shared with peers), or a share of {share}+ differing from the self-rating by 2 or more (over {min}+ pairs)",
    ),
    "calibrate.n": ("{n}件", "n={n}"),
    # `lint`
    "lint.clean": (
        "csmatrix: lint: {files}件のフレームワーク、警告なし",
        "csmatrix: lint: {files} framework{s}, no warnings",
    ),
    "lint.found": (
        "csmatrix: lint: {files}件のフレームワークに{total}件の警告({by_rule})",
        "csmatrix: lint: {total} warning{ws} in {files} framework{s} ({by_rule})",
    ),
    # Skill sheets (import matches headers in every language)
    "sheet.sheet": ("スキルシート", "Skill sheet"),
    "sheet.framework": ("フレームワーク", "Framework"),
    "sheet.role": ("ロール", "Role"),
    "sheet.name": ("氏名", "Name"),
    "sheet.member": ("メンバーID", "Member ID"),
    "sheet.no_role": ("(ロール指定なし)", "(no role given)"),
    "sheet.id": ("ID", "ID"),
    "sheet.axis": ("軸", "Axis"),
    "sheet.category": ("カテゴリ", "Category"),
    "sheet.skill": ("スキル", "Skill"),
    "sheet.summary": ("概要", "Summary"),
    "sheet.target": ("目標", "Target"),
    "sheet.current": ("現在", "Current"),
    "sheet.gap": ("差", "Gap"),
    "sheet.level": ("自己評価", "Self-assessment"),
    "sheet.level_member": ("今回の評価", "New rating"),
    "sheet.note": ("メモ", "Note"),
    "sheet.target_mark": ("◎ 目標レベル", "◎ target level"),
    "sheet.current_mark": ("● 現在のレベル", "● current level"),
    "sheet.how": (
        "「{level}」列に {low}～{top} の数字を、必要なら「{note}」列に根拠や気づきを記入してください。",
        "Write a number from {low} to {top} in the '{level}' column, and evidence or thoughts in '{note}'.",
    ),
    "sheet.how_member": (
        "「{level}」列には前回までの評価が入っています。変わったところを {low}～{top} で書き換えてください。",
        "The '{level}' column holds the levels so far: change what has changed ({low}-{top}).",
    ),
    "sheet.scale": ("レベル", "Levels"),
    "sheet.unrated": ("未評価", "unrated"),
    "sheet.by": ("評価者", "Assessor"),
    "sheet.by_how": ("self (本人) または評価者の名前", "self, or the assessor's name"),
    "sheet.date": ("評価日", "Date"),
    "sheet.date_how": ("YYYY-MM-DD (空欄なら取り込んだ日)", "YYYY-MM-DD (blank: the day of import)"),
    "sheet.choose": (
        "{low}～{top} の数字を1つ選んでください。未評価のスキルは空欄のままにします。",
        "Choose one whole number from {low} to {top}. Leave a skill you do not rate blank.",
    ),
    # `diff --members`: whose gaps move, and why
    "impact.more": ("{names} ほか{more}人", "{names} and {more} more"),
    "impact.and": ("{names}、{last}", "{names} and {last}"),
    "impact.sep": ("、", ", "),
    "impact.widens": ("{who} のギャップが広がる: ", "widens the gap{s} of {who}: "),
    "impact.narrows": ("{who} のギャップが縮む: ", "narrows the gap{s} of {who}: "),
    "impact.why_target_rose": (
        "{role}の {skill} の目標が {before} から {after} に変わった",
        "the {role} target for {skill} rose from {before} to {after}",
    ),
    "impact.why_target_fell": (
        "{role}の {skill} の目標が {before} から {after} に変わった",
        "the {role} target for {skill} fell from {before} to {after}",
    ),
    "impact.why_new": (
        "目標のある新しいスキルが未評価: {skill}",
        "new skills with a target, not yet rated: {skill}",
    ),
    "impact.why_removed": (
        "ギャップのあったスキルが削除された: {skill}",
        "skills with a gap were removed: {skill}",
    ),
    "impact.why_carried": (
        "引き継いだ評価が変わった (統合は低い方を採用): {skill}",
        "the carried rating changed (a merge keeps the lowest): {skill}",
    ),
    "impact.target": ("目標 {before}→{after}", "target {before}→{after}"),
    "impact.new": ("新スキル・未評価", "new, not rated"),
    "impact.removed": ("削除", "removed"),
    "impact.rating": ("評価 {before}→{after}", "rating {before}→{after}"),
    "impact.role_gone": ("ロール {role}: 新しい版にない", "role {role}: not in the new version"),
    "impact.nobody": ("影響を受けるメンバーはいません", "nobody is affected"),
    "impact.detail": ("メンバーへの影響(詳細)", "Impact on members (detail)"),
    "impact.gaps": ("差 +/−", "gap +/−"),
    "impact.why": ("理由", "why"),
    # the fields a `diff` shows as changed
    "field.name": ("名前", "name"),
    "field.title": ("タイトル", "title"),
    "field.summary": ("概要", "summary"),
    "field.description": ("説明", "description"),
    "field.axis": ("軸", "axis"),
    "field.scope": ("範囲", "scope"),
    "field.tags": ("タグ", "tags"),
    "field.source": ("出典", "source"),
    "field.reassess": ("再評価", "reassess"),
    "field.requires_method": ("数える評価方法", "requires_method"),
    # `migrate`: what happened, for people (stderr)
    "migrate.done": (
        "csmatrix: {source} を移行しました: {before} → {after}{via}",
        "csmatrix: migrated {source}: {before} → {after}{via}",
    ),
    "migrate.via": (" ({via} 経由)", " (via {via})"),
    "migrate.not_linked": (
        "  注意: supersedes でつながっていない版です。同じidと replaces だけを引き継ぎました",
        "  note: these versions are not linked by supersedes; only same ids and replaces carried over",
    ),
    "migrate.carried": ("  引き継ぎ ({n}): {skills}", "  carried ({n}): {skills}"),
    "migrate.merged": (
        "  統合: {olds} → {new} (各評価で低い方の値を採用)",
        "  merged: {olds} → {new} (each assessment keeps the lowest of their ratings)",
    ),
    "migrate.renamed": ("  id変更: {old} → {new}", "  renamed: {old} → {new}"),
    "migrate.unrated": ("  未評価 (前身なし) ({n}): {skills}", "  unrated (no predecessor) ({n}): {skills}"),
    "migrate.why_meaning": ("意味か範囲が変わった", "meaning or scope changed"),
    "migrate.why_scope": (
        "レベルの範囲が個人/組織で変わった",
        "level scope changed (individual/organisation)",
    ),
    "migrate.reassess": (
        "  要再評価: {olds} → {skill} ({why}; 引き継いだレベル {levels})",
        "  re-assess: {olds} → {skill} ({why}; carried level {levels})",
    ),
    "migrate.dropped": (
        "  後継なし: {skill} = {level} ({date}, {by}); dropped: に保存",
        "  no successor: {skill} = {level} ({date}, {by}); kept under dropped:",
    ),
    "migrate.clamped": (
        "  上限に合わせた: {skill} {before} → {after} ({date}, {by}); {ref} の尺度は {low}–{top}",
        "  clamped to the new top: {skill} {before} → {after} ({date}, {by}); {ref} has the scale {low}–{top}",
    ),
    "migrate.lost_note": (
        "  評価のないメモは引き継げません: {skill} ({date})",
        "  a note without a rating has no successor: {skill} ({date})",
    ),
    "migrate.emptied": (
        "  引き継ぐ評価がなくなった評価記録: {n}",
        "  assessments left with nothing to carry, omitted: {n}",
    ),
    "migrate.role_lost": (
        "  ロール '{role}' は {ref} にないため外しました",
        "  role '{role}' does not exist in {ref}; it was left out",
    ),
    "migrate.rewritten": (
        "  注意: ファイルの書き方をそのまま残せないため、コメントなしで書き直しました",
        "  note: the file's layout could not be kept as it was; it was written anew, without comments",
    ),
    # `team`: notices about the members read (printed after the report)
    "notice.carried": (
        "{n}人が古い版のため、メモリ上で {ref} に換算しました(ファイルは変更していません。書き換えは csmatrix migrate): {members}",
        "{n} members are on an older version and were carried to {ref} in memory "
        "(files unchanged; 'csmatrix migrate' rewrites them): {members}",
    ),
    "notice.carried_1": (
        "{n}人が古い版のため、メモリ上で {ref} に換算しました(ファイルは変更していません。書き換えは csmatrix migrate): {members}",
        "{n} member is on an older version and was carried to {ref} in memory "
        "(files unchanged; 'csmatrix migrate' rewrites them): {members}",
    ),
    "notice.reassess": (
        "要再評価: 意味か範囲が変わったスキルから引き継いだ評価: {items}",
        "re-assess: carried ratings whose skill changed meaning or scope: {items}",
    ),
    "notice.dropped": (
        "後継のない評価は除きました: {items}",
        "ratings with no successor were left out: {items}",
    ),
    "notice.roles_lost": (
        "{ref} にないロールのため、ロールなしで表示: {members}",
        "roles unknown in {ref}, shown without a role: {members}",
    ),
    "notice.prefix": ("csmatrix: 注意: ", "csmatrix: note: "),
    # the commented self-assessment block of a new member file (`init member`)
    "member.intro_1": (
        "# 自己評価: 下の行を選択してコメントを一度外し (Ctrl+/ または ⌘/)、",
        "# Self-assessment: select the lines below and uncomment them once (Ctrl+/ or Cmd+/),",
    ),
    "member.intro_2": (
        "# 各スキルに {low}〜{top} のレベルを書いてください。評価しないスキルの行は消してください。",
        "# then give each skill a level from {low} to {top}; delete the skills you don't rate.",
    ),
    "member.intro_3": ("# レベル: {steps}", "# Levels: {steps}"),
    "member.intro_4": (
        "# 確認: csmatrix validate このファイル",
        "# Check it with: csmatrix validate THIS-FILE",
    ),
    "member.target": ("目標", "target"),
    # `list`
    "list.framework": ("フレームワーク", "framework"),
    "list.released": ("公開日", "released"),
    "list.supersedes": ("前の版", "supersedes"),
    "list.skills": ("スキル数", "skills"),
    "list.none": (
        "検索パスにフレームワークがありません(csmatrix list --help を参照)",
        "no frameworks found on the lookup path (see csmatrix list --help)",
    ),
    "list.invalid": (
        "読めません: csmatrix validate {path} で確認してください",
        "invalid: run csmatrix validate {path}",
    ),
    # the site and the team plans
    "sitefw.skills_and_levels": ("スキルとレベル", "skills and levels"),
    "sitefw.career_path": ("キャリアパス", "career path"),
    "site.site": ("スキルフレームワーク", "Skill frameworks"),
    "site.index": ("一覧", "Index"),
    "site.framework": ("フレームワーク", "Framework"),
    "site.career": ("キャリアパス", "Career path"),
    "site.changes": ("前の版からの変更", "What changed"),
    "site.members": ("メンバー(非公開)", "Members (private)"),
    "site.private": (
        "非公開: 個人の評価を含みます。チームの外に共有しないでください。",
        "Private: this page holds people's assessments. Do not share it outside the team.",
    ),
    "site.skip": ("本文へ移動", "Skip to content"),
    "site.made": ("csmatrix site で生成", "Made with csmatrix site"),
    "sitediff.title": ("{old} からの変更", "What changed since {old}"),
    "sitediff.first": (
        "最初の版です(前の版はありません)。",
        "This is the first version (nothing before it).",
    ),
    "sitediff.missing": (
        "前の版 {old} が見つからないため、変更を示せません。",
        "The version before, {old}, was not found, so the changes cannot be shown.",
    ),
    "sitediff.not_linked": (
        "前の版とのつながり: supersedes でつながっていません。",
        "The two versions are not linked by supersedes.",
    ),
    "sitediff.bump_lead": (
        "メンバーへの影響の大きさ(推奨するバージョンの上げ方): {level}",
        "How much this affects people (suggested version bump): {level}",
    ),
    "sitediff.field_name": ("名前", "name"),
    "sitediff.field_summary": ("概要", "summary"),
    "sitediff.field_description": ("説明", "description"),
    "sitediff.field_title": ("タイトル", "title"),
    "sitediff.field_level": ("レベル{n}", "level {n}"),
    "sitediff.field_other": ("{name}", "{name}"),
    "sitediff.skill": ("スキル", "Skill"),
    "sitefw.released": ("公開日", "Released"),
    "sitefw.version": ("版", "Version"),
    "sitefw.skills_n": ("{n}スキル", "{n} skills"),
    "sitefw.scale": ("レベルの定義", "The levels"),
    "sitefw.level": ("レベル", "Level"),
    "sitefw.name": ("名前", "Name"),
    "sitefw.scope": ("範囲", "Scope"),
    "sitefw.individual": ("個人", "individual"),
    "sitefw.organization": ("組織", "organisation"),
    "sitefw.skill": ("スキル", "Skill"),
    "sitefw.search": ("スキルを絞り込む", "Filter skills"),
    "sitefw.search_hint": ("名前・id・記述の一部", "part of a name, id or descriptor"),
    "sitefw.shown": ("{n} / {total} スキルを表示", "{n} of {total} skills shown"),
    "sitefw.roles": ("ロール(下から上へ)", "Roles (from the first step up)"),
    "sitefw.no_roles": ("このフレームワークにはロールがありません。", "This framework defines no roles."),
    "sitefw.targets_n": (
        "目標のあるスキル: {n}、平均の目標レベル: {mean}",
        "{n} skills with a target, mean target level {mean}",
    ),
    "sitefw.first_step": ("最初の段。", "The first step."),
    "sitefw.raises": ("{below}から上がるスキル: {n}", "Compared with {below}, {n} skills rise"),
    "sitefw.same": ("{below}と目標は同じ。", "The same targets as {below}."),
    "sitefw.method": ("この段の評価に必要な方法: {methods}", "Ratings must be obtained by: {methods}"),
    "sitefw.targets_table": ("ロールごとの目標レベル", "Target level per role"),
    "sitefw.none": ("–", "–"),
    "sitemembers.team": ("チームのスキルマップ", "The team's skills"),
    "sitemembers.heat_title": (
        "スキル × メンバーのレベル(ヒートマップ)",
        "Level per skill and member (heatmap)",
    ),
    "sitemembers.heat_desc": (
        "行がスキル、列がメンバー。色が濃いほどレベルが高い(0〜{top})。–は未評価。同じ数値を下の表に示す。",
        "Rows are skills, columns members; darker is a higher level (0–{top}); – is unrated. The same numbers are in the table below.",
    ),
    "sitemembers.table": ("ヒートマップの数値", "The heatmap's numbers"),
    "sitemembers.skill": ("スキル", "Skill"),
    "sitemembers.people": ("メンバー", "Members"),
    "sitemembers.member": ("メンバー", "Member"),
    "sitemembers.role": ("ロール", "Role"),
    "sitemembers.framework": ("フレームワーク", "Framework"),
    "sitemembers.readiness": ("目標達成", "Readiness"),
    "sitemembers.title": ("{name} のスキル", "Skills of {name}"),
    "sitepages.lead": (
        "公開しているスキルフレームワークと、その版ごとのキャリアパス・変更点。",
        "The skill frameworks published here, with each version's career path and changes.",
    ),
    "sitepages.version": ("版", "Version"),
    "sitepages.released": ("公開日", "Released"),
    "sitepages.skills": ("スキル数", "Skills"),
    "sitepages.roles": ("ロール数", "Roles"),
    "sitepages.newest": ("最新", "newest"),
    "sitepages.members_lead": (
        "メンバーのページ(個人の評価を含む): ",
        "Member pages (people's assessments): ",
    ),
    "plans.what_if": ("もし{names}がいなかったら", "What if {names} left"),
    "plans.new_single": ("新たに属人化するスキル", "New single points of failure"),
    "plans.new_uncovered": ("新たに未カバーになるスキル", "Newly uncovered"),
    "plans.left_with": ("残るのは{who}", "left with {who}"),
    "plans.lost": ("{who}が抜ける", "loses {who}"),
    "plans.other_drops": ("カバーが減るが2人以上残るスキル", "Fewer holders, still two or more"),
    "plans.none": ("なし", "none"),
    "plans.sep": ("、", ", "),
    "plans.capacity": (
        "受け入れ余力(メンター1人あたり{k}人まで)",
        "Growth capacity (up to {k} learners per mentor)",
    ),
    "plans.hire_yes": (
        "はい: {role}の新メンバー{n}人を受け入れられます",
        "Yes: the team can take {n} newcomers as {role}",
    ),
    "plans.hire_yes_any": (
        "はい: {role}には目標のあるスキルがなく、何人でも受け入れられます",
        "Yes: {role} has no skill with a target, so any number fits",
    ),
    "plans.hire_no": (
        "いいえ: {role}の新メンバー{n}人は受け入れられません",
        "No: the team cannot take {n} newcomers as {role}",
    ),
    "plans.hire_max": (
        "どのスキルにも余地があるのは{max}人まで",
        "every skill the role needs has room for {max}",
    ),
    "plans.first_out": ("最初に足りなくなるスキル", "First to run out"),
    "plans.every_skill": ("(ロールなし: 全スキル)", "(no role: every skill)"),
    "plans.skill": ("スキル", "Skill"),
    "plans.target": ("目標", "Target"),
    "plans.mentors": ("メンター", "Mentors"),
    "plans.learners": ("学習中", "Learners"),
    "plans.room": ("余地", "Room"),
    "plans.room_n": ("{skill}(余地{n})", "{skill} (room {n})"),
    "plans.rotate_title": ("ローテーション案", "Rotation plan"),
    "plans.rotate_rule": (
        "カバー基準: レベル{level}({name})以上",
        "coverage: level {level} ({name}) or above",
    ),
    "plans.rotate_limits": (
        "メンター1人あたり最大{k}人 · 1人1スキルずつ",
        "up to {k} learners per mentor · one skill per learner",
    ),
    "plans.before_after": (
        "属人化 {sb} → {sa} · 未カバー {ub} → {ua} · レベル上昇の合計 {inc}",
        "single points {sb} → {sa} · uncovered {ub} → {ua} · total level increase {inc}",
    ),
    "plans.learner": ("学ぶ人", "Learner"),
    "plans.now_to": ("現在→目標", "now→to"),
    "plans.mentor": ("メンター", "Mentor"),
    "plans.no_rotation": (
        "提案なし(チーム内で解消できる属人化はありません)",
        "no proposal (no single point the team can resolve)",
    ),
    "plans.remaining": ("残る課題", "Still at risk"),
    "plans.no_holder": (
        "未カバー: チーム内に指導できる人がいない(社外のメンターか採用が必要)",
        "uncovered: no mentor in the team (needs one from outside, or a hire)",
    ),
    "plans.closest": ("近いのは{who}", "closest: {who}"),
    "plans.mentor_full": (
        "属人化: {who}のメンター枠が埋まっています",
        "single point: {who} already has all the learners they can take",
    ),
    "plans.no_free_learner": (
        "属人化: {who}から学べる手の空いたメンバーがいません",
        "single point: no free member left to learn it from {who}",
    ),
    # Errors and notes every command shares (commands/common.py, errors.py)
    "error.with_hint": ("{message}\n  ヒント: {hint}", "{message}\n  hint: {hint}"),
    "error.summary": ("{n}件の問題({files}ファイル)", "{n} problem{s} in {files} file{fs}"),
    "common.interrupted": ("csmatrix: 中断しました", "csmatrix: interrupted"),
    "common.link_loop": ("シンボリックリンクが循環しています", "a loop of symbolic links"),
    "common.internal_error": (
        "csmatrix: 内部エラー ({kind}: {detail})。csmatrix の不具合です。{url} で報告してください",
        "csmatrix: internal error ({kind}: {detail}); this is a bug, please report it at {url}",
    ),
    "common.wrote": ("csmatrix: {path} に書き出しました", "csmatrix: wrote {path}"),
    "cli.bad_lang": (
        "{value} は選べません。ja か en を指定してください",
        "{value} is not a language csmatrix speaks: use ja or en",
    ),
    "cli.no_command": ("{name} というコマンドはありません。", "No such command {name}."),
    "cli.no_command_but": (
        "{name} というコマンドはありません。{matches} のことですか?",
        "No such command {name}. Did you mean {matches}?",
    ),
    # click's and typer's own messages (commands/help_format.click_message)
    "click.usage": ("使い方:", "Usage:"),
    "click.try_help": ("{command} でヘルプを表示できます。", "Try {command} for help."),
    "click.error": ("エラー: {message}", "Error: {message}"),
    "click.no_option": ("{name} というオプションはありません。", "No such option: {name}"),
    "click.no_option_but": (
        "{name} というオプションはありません。{match} のことですか?",
        "No such option: {name} Did you mean {match}?",
    ),
    "click.missing_argument": ("引数 {name} が指定されていません。", "Missing argument {name}."),
    "click.missing_option": ("オプション {name} が指定されていません。", "Missing option {name}."),
    "click.extra_arguments": ("余分な引数があります: {args}", "Got unexpected extra arguments ({args})"),
    "click.needs_value": ("オプション {name} には値が必要です。", "Option {name} requires an argument."),
    "click.needs_values": (
        "オプション {name} には値が{n}個必要です。",
        "Option {name} requires {n} arguments.",
    ),
    "click.no_value": ("オプション {name} は値を取りません。", "Option {name} does not take a value."),
    "click.not_a_choice": (
        "{name} に {value} は指定できません。選べるのは {choices} です。",
        "Invalid value for {name}: {value} is not one of {choices}.",
    ),
    "click.not_integer": (
        "{name} の値 {value} は整数ではありません。",
        "Invalid value for {name}: {value} is not a valid integer.",
    ),
    "click.out_of_range": (
        "{name} の値 {value} が範囲 {range} の外です。",
        "Invalid value for {name}: {value} is not in the range {range}.",
    ),
    "click.invalid_value": (
        "{name} の値が正しくありません: {message}",
        "Invalid value for {name}: {message}",
    ),
    # --- messages: files/ (yamlio, read, located, lookup, store, writing, gitrev, member_writer) ---
    # files/yamlio: what the YAML loader refuses
    "yaml.too_big": (
        "ファイルが{mib} MiBを超えています。スキルのファイルがこれほど大きくなることはないため、読まずに断りました",
        "the file is larger than {mib} MiB; a skill file is never that big, so it is refused unread",
    ),
    "yaml.wide": ("ファイルが{name}で保存されています。UTF-8ではありません", "the file is {name}, not UTF-8"),
    "yaml.wide_no_bom": (
        "ファイルがBOMなしの{name}で保存されています。UTF-8ではありません",
        "the file is {name} without a byte order mark, not UTF-8",
    ),
    "yaml.not_utf8": (
        "ファイルがUTF-8のテキストではありません({found}。バイト0x{byte}が読めません)",
        "the file is not UTF-8 text ({found}; byte 0x{byte} cannot be read)",
    ),
    "yaml.enc_sjis": (
        "Shift_JIS(CP932)のようです。Excelはこの形式で保存します",
        "it looks like Shift_JIS (CP932), as Excel saves it",
    ),
    "yaml.enc_euc": ("EUC-JPで保存されたようです", "it looks like EUC-JP"),
    "yaml.enc_either": (
        "Shift_JIS(CP932)かEUC-JPのどちらかです。どちらとしても読めるバイト列です",
        "it may be Shift_JIS (CP932) or EUC-JP: both read these bytes",
    ),
    "yaml.enc_unknown": ("文字コードが分かりません", "it is in an unknown encoding"),
    "yaml.resave": ("UTF-8で保存し直してください", "re-save it as UTF-8"),
    "yaml.resave_from": (
        "UTF-8で保存し直してください(Excelでは「CSV UTF-8」、コマンドラインでは iconv -f {source} -t UTF-8)",
        "re-save it as UTF-8 (in Excel: CSV UTF-8; on the command line: iconv -f {source} -t UTF-8)",
    ),
    "yaml.empty": ("ファイルが空です", "the file is empty"),
    "yaml.empty_hint": (
        "csmatrixのファイルは 'schema: csmatrix/...' の行から始めてください",
        "a csmatrix file starts with 'schema: csmatrix/...'",
    ),
    "yaml.control": (
        "制御文字 {what} はYAMLファイルに書けません",
        "the control character {what} cannot appear in a YAML file",
    ),
    "yaml.control_hint": (
        "この文字を消してください。バイナリを扱うツールやUTF-16で保存していませんか?",
        "delete it; was the file saved by a binary tool, or in UTF-16?",
    ),
    "yaml.char_backspace": ("バックスペース", "backspace"),
    "yaml.char_form_feed": ("改ページ", "form feed"),
    "yaml.too_deep": (
        "入れ子が{depth}段より深くなっています",
        "the document is nested more than {depth} levels deep",
    ),
    "yaml.too_deep_hint": (
        "csmatrixのファイルに必要な入れ子は数段です",
        "a csmatrix file needs only a handful of levels",
    ),
    "yaml.too_many": ("値が{n}個を超えています", "the document holds more than {n} values"),
    "yaml.too_many_hint": (
        "csmatrixのファイルはずっと小さいはずです。ファイルを分けるか、正しく生成されたかを確かめてください",
        "a csmatrix file is far smaller; split it, or check it was generated correctly",
    ),
    "yaml.duplicate": (
        "キー '{name}' が2回書かれています(最初は{first}行目)",
        "duplicate key '{name}' (first written at line {first})",
    ),
    "yaml.duplicate_hint": (
        "1つのマッピングの中で同じキーは1回だけ書けます。2つの項目を1つにまとめてください",
        "each key may appear once in a mapping; merge the two entries",
    ),
    "yaml.alias_bomb": (
        "エイリアスの展開で値が{n}個を超えて増えます(エイリアスの繰り返しが多すぎます)",
        "aliases expand the document by more than {n} values (aliases repeat too much)",
    ),
    "yaml.alias_bomb_hint": (
        "値をそのまま書き出すか、入れ子になったエイリアスを減らしてください",
        "write the values out, or use fewer nested aliases",
    ),
    "yaml.key_not_text": (
        "キーは文字だけで書いてください。リストやマッピングはキーになりません",
        "a key must be plain text, not a list or mapping",
    ),
    "yaml.tag": ("タグ '{tag}' は使えません", "the tag '{tag}' is not allowed"),
    "yaml.tag_hint": (
        "csmatrixのファイルに書けるのは文字・数・リスト・マッピングだけです",
        "csmatrix files hold plain text, numbers, lists and mappings only",
    ),
    "yaml.key_unfinished": (
        "マッピングがキーの途中で終わっています",
        "a mapping ended in the middle of a key",
    ),
    "yaml.alias_self": (
        "エイリアス '*{name}' が自分自身を指しています",
        "the alias '*{name}' refers to itself",
    ),
    "yaml.alias_undefined": (
        "エイリアス '*{name}' が指すアンカーがその前に定義されていません",
        "the alias '*{name}' names no anchor defined before it",
    ),
    "yaml.documents": (
        "ファイルに2つ以上のYAML文書('---')があります",
        "the file holds more than one YAML document ('---')",
    ),
    "yaml.documents_hint": (
        "1つのファイルにはフレームワーク1つ、またはメンバー1人だけを書いてください",
        "keep one framework or member per file",
    ),
    "yaml.fullwidth_colon_key": (
        "'{head}' の後のコロンが全角の '：' です",
        "full-width colon '：' after '{head}'",
    ),
    "yaml.fullwidth_colon_key_hint": (
        "YAMLでは半角のコロンと空白が必要です: 'key: value'",
        "YAML needs an ASCII colon and a space: 'key: value'",
    ),
    "yaml.indent_fullwidth": (
        "'{name}' の前の字下げに全角スペース(U+3000)が使われています",
        "a full-width space (U+3000) is used as indentation before '{name}'",
    ),
    "yaml.indent_tab": (
        "'{name}' の前の字下げにタブが使われています",
        "a tab is used as indentation before '{name}'",
    ),
    "yaml.indent_hint": ("字下げには半角スペースだけを使ってください", "indent with ASCII spaces only"),
    "yaml.reader": ("YAMLとして読めません: {detail}", "YAML error: {detail}"),
    "yaml.gave_up": ("YAMLの読み取りが途中で止まりました: {kind}", "the YAML parser gave up: {kind}"),
    # files/yamlio: YAML syntax errors, PyYAML's and libyaml's problems in our own words
    "yaml.syntax": ("YAMLの書き方に誤りがあります: {problem}", "YAML syntax error: {problem}"),
    "yaml.syntax_in": (
        "YAMLの書き方に誤りがあります: {problem}({line}行{col}列目から始まる{context}を読んでいる途中)",
        "YAML syntax error: {problem} (in {context} that started at line {line}, column {col})",
    ),
    "yaml.syntax_other": ("{detail}", "{detail}"),
    "yaml.p_unknown": ("YAMLとして読めない書き方があります", "something here cannot be read as YAML"),
    "yaml.tab": ("字下げにタブ文字が使われています", "tab character used for indentation"),
    "yaml.tab_hint": (
        "YAMLの字下げにタブは使えません。半角スペースにしてください",
        "a tab cannot indent YAML; use spaces",
    ),
    "yaml.fullwidth_space_hint": (
        "YAMLの字下げに全角スペースは使えません。半角スペースにしてください",
        "a full-width space cannot indent YAML; use ASCII spaces",
    ),
    "yaml.fullwidth_colon": (
        "YAMLで ':' が必要な所に全角のコロン '：' があります",
        "full-width colon '：' where YAML needs ':'",
    ),
    "yaml.fullwidth_colon_hint": (
        "半角のコロンと空白で 'key: value' と書いてください",
        "write 'key: value' with an ASCII colon and a space",
    ),
    "yaml.p_colon": (
        "ここにある ':' が新しいキーとして読まれました",
        "a ':' here is read as the start of a new key",
    ),
    "yaml.p_colon_hint": (
        "': ' を含む値は引用符で囲むか('a: b' のように)、この行の字下げを確かめてください",
        "put a value that holds ': ' in quotes ('a: b'), or check this line's indentation",
    ),
    "yaml.p_no_colon": (
        "キーの後にあるはずの ':' が見つかりません",
        "the ':' expected after a key is missing",
    ),
    "yaml.p_no_colon_hint": (
        "'key: value' と書くか(':' の後に空白)、前の行で開いた引用符や括弧を閉じてください",
        "write 'key: value' (a space after ':'), or close a quote or bracket opened before",
    ),
    "yaml.p_bad_char": (
        "ここで値を文字 '{char}' から始めることはできません",
        "a value cannot start with the character '{char}' here",
    ),
    "yaml.p_bad_start": (
        "ここで値を始められない文字があります",
        "a character that cannot start a value here",
    ),
    "yaml.p_bad_char_hint": (
        "値を引用符で囲んでください('@'、'`'、'%' で始まる値は囲む必要があります)",
        "put the value in quotes (a value starting with '@', '`' or '%' must be quoted)",
    ),
    "yaml.p_alias": (
        "エイリアス(*名前)が指すアンカー(&名前)が定義されていません",
        "an alias (*name) that names no anchor (&name) defined before it",
    ),
    "yaml.p_alias_hint": (
        "先に '&名前' でアンカーを定義するか、'*' で始まる値を引用符で囲んでください",
        "define the anchor with '&name' first, or quote a value that starts with '*'",
    ),
    "yaml.p_indent": (
        "この行の字下げが上の行と合っていません",
        "this line's indentation does not fit the lines above it",
    ),
    "yaml.p_indent_hint": (
        "1つのマッピングのキー(1つのリストの '-')は同じ数の半角スペースで字下げしてください",
        "indent every key of one mapping (every '-' of one list) by the same number of spaces",
    ),
    "yaml.p_flow_list": (
        "[ ] のリストが閉じていないか、項目が ',' で区切られていません",
        "a [ ] list that is not closed, or whose items are not separated by ','",
    ),
    "yaml.p_flow_list_hint": (
        "項目を ', ' で区切り、リストを ']' で閉じてください",
        "separate the items with ', ' and close the list with ']'",
    ),
    "yaml.p_flow_map": (
        "{brackets} のマッピングが閉じていないか、項目が ',' で区切られていません",
        "a {brackets} mapping that is not closed, or whose entries are not separated by ','",
    ),
    "yaml.p_flow_map_hint": (
        "項目を ', ' で区切り、マッピングを '{close}' で閉じてください",
        "separate the entries with ', ' and close the mapping with '{close}'",
    ),
    "yaml.p_quote": ("引用符で囲んだ値が閉じていません", "a quoted value that is never closed"),
    "yaml.p_quote_hint": (
        "開いた引用符(' または \")を同じ種類の引用符で閉じてください",
        "close the quote (' or \") that was opened",
    ),
    "yaml.p_escape": (
        "二重引用符の中に使えない '\\' の組み合わせがあります",
        "an unknown escape ('\\' and a character) inside double quotes",
    ),
    "yaml.p_escape_hint": (
        "二重引用符の中では '\\' を '\\\\' と書くか、一重引用符で囲んでください",
        "write '\\' as '\\\\' inside double quotes, or use single quotes",
    ),
    "yaml.p_document": (
        "ファイルの最初の値の後に、続きとして読めない内容があります",
        "more content after the first value of the file, where none can follow",
    ),
    "yaml.p_document_hint": (
        "この行の字下げと、前の行の引用符を確かめてください",
        "check this line's indentation and the quotes on the line before",
    ),
    "yaml.p_no_value": ("ここには値が必要です", "a value is expected here"),
    "yaml.p_no_value_hint": (
        "値を書くか、記号で始まる文字は引用符で囲んでください",
        "write a value, or quote text that starts with a sign",
    ),
    "yaml.p_dash": (
        "ここにはリストの項目 '- ' を置けません",
        "a list item '- ' where none can start",
    ),
    "yaml.p_dash_hint": (
        "'- ' の項目はキーの下の行に字下げして書くか、'- ' で始まる値を引用符で囲んでください",
        "put '- ' items on their own lines under their key, or quote a value that starts with '- '",
    ),
    "yaml.p_tag": ("定義されていないタグ('!')があります", "a tag ('!') that is not defined"),
    "yaml.p_anchor": (
        "'&' や '*' の後に名前がありません",
        "an '&' or '*' not followed by a name",
    ),
    "yaml.p_anchor_hint": (
        "'&' や '*' で始まる値は引用符で囲んでください",
        "quote a value that starts with '&' or '*'",
    ),
    "yaml.p_block_text": (
        "'|' や '>' の後の同じ行に文字があります",
        "text after '|' or '>' on the same line",
    ),
    "yaml.p_block_text_hint": (
        "'|' や '>' の文章は次の行から書くか、値を引用符で囲んでください",
        "start the text of a '|' or '>' block on the next line, or quote the value",
    ),
    "yaml.p_key": ("ここにはキー '? ' を置けません", "a '? ' key where none can start"),
    "yaml.p_key_hint": ("'?' で始まる値は引用符で囲んでください", "quote a value that starts with '?'"),
    # where the parser was when it met the problem
    "yaml.ctx_mapping": ("マッピング", "the mapping"),
    "yaml.ctx_flow_mapping": ("{brackets} のマッピング", "the {brackets} mapping"),
    "yaml.ctx_list": ("リスト", "the list"),
    "yaml.ctx_flow_list": ("[ ] のリスト", "the [ ] list"),
    "yaml.ctx_key": ("キー", "the key"),
    "yaml.ctx_quoted": ("引用符で囲んだ値", "the quoted value"),
    "yaml.ctx_value": ("値", "the value"),
    "yaml.ctx_block_text": ("'|' や '>' の複数行の文章", "the '|' or '>' block of text"),
    "yaml.ctx_anchor": ("アンカー(&)かエイリアス(*)", "the anchor or alias"),
    "yaml.ctx_tag": ("タグ(!)", "the tag"),
    "yaml.ctx_directive": ("ディレクティブ(%)", "the directive"),
    "yaml.ctx_part": ("部分", "the part"),
    # files/read: the file system
    "read.trouble": ("{path}: {what}", "{path}: {what}"),
    "read.no_such_file": ("ファイルがありません", "no such file"),
    "read.permission": ("アクセスする権限がありません", "permission denied"),
    "read.link_loop": ("シンボリックリンクが循環しています", "a loop of symbolic links"),
    "read.name_too_long": (
        "名前がファイルシステムの上限より長すぎます",
        "the name is too long for the file system",
    ),
    "read.not_dir_part": ("パスの途中にフォルダーでないものがあります", "a part of the path is not a folder"),
    "read.is_folder": ("フォルダーです。ファイルではありません", "is a folder, not a file"),
    "read.too_many_open": ("開いているファイルが多すぎます", "too many open files"),
    "read.no_space": ("ディスクの空きがありません", "no space left on device"),
    "read.read_only": ("読み取り専用のファイルシステムです", "read-only file system"),
    "read.os_other": ("ファイルシステムのエラーです({detail})", "{detail}"),
    "read.nul_name": ("名前にNUL文字が含まれています", "the name holds a NUL character"),
    "read.fifo": (
        "パイプ(FIFO)です。ファイルではないため、読まずに断りました",
        "is a pipe (FIFO), not a file; it is refused unread",
    ),
    "read.device": (
        "デバイスです。ファイルではないため、読まずに断りました",
        "is a device, not a file; it is refused unread",
    ),
    "read.socket": (
        "ソケットです。ファイルではないため、読まずに断りました",
        "is a socket, not a file; it is refused unread",
    ),
    "read.not_regular": (
        "通常のファイルではないため、読まずに断りました",
        "is not a regular file; it is refused unread",
    ),
    "read.too_large": (
        "ファイルが{size}を超えているため、読まずに断りました",
        "the file is larger than {size}; it is refused unread",
    ),
    "read.too_large_sheet": (
        "シートが{size}を超えているため、読まずに断りました",
        "the sheet is larger than {size}; it is refused unread",
    ),
    "read.unnamed": ("(名前のないファイル)", "(unnamed file)"),
    # files/lookup: a framework that is nowhere
    "lookup.not_found": (
        "フレームワーク '{reference}' が見つかりません",
        "framework '{reference}' not found",
    ),
    "lookup.not_found_neither": (
        "フレームワーク '{reference}' が見つかりません。ファイルでも family@version の形の参照でもありません",
        "framework '{reference}' not found: it is neither a file nor a family@version reference",
    ),
    "lookup.not_found_versions": (
        "フレームワーク '{reference}' が見つかりません。見つかった {family} の版: {versions}",
        "framework '{reference}' not found; versions of {family} found: {versions}",
    ),
    "lookup.not_found_families": (
        "フレームワーク '{reference}' が見つかりません。見つかったファミリー: {families}",
        "framework '{reference}' not found; families found: {families}",
    ),
    "lookup.searched": ("探した場所: {dirs}", "searched: {dirs}"),
    # files/store: loading files into models
    "store.top_not_mapping": (
        "ファイルの一番上には 'schema: ...' のようなキーと値の並び(マッピング)が必要ですが、{found}がありました",
        "expected a mapping of keys (such as 'schema: ...') at the top, found {found}",
    ),
    "store.unknown_schema": ("schema '{schema}' は不明な種類です", "unknown schema '{schema}'"),
    "store.schema_one_of": ("次のどれかを書いてください: {known}", "expected one of {known}"),
    "store.no_schema": (
        "必須のフィールド 'schema' がありません(どの種類のファイルか分かりません)",
        "missing required field 'schema' (which kind of file is this?)",
    ),
    "store.no_schema_hint": (
        "ファイルを 'schema: {framework}' か 'schema: {member}' の行から始めてください",
        "start the file with 'schema: {framework}' or 'schema: {member}'",
    ),
    "store.ref_mismatch": (
        "'{reference}' として見つけたファイルですが、ファイルには '{ref}' と書かれています。id と version はファイルの場所と一致させてください",
        "found through '{reference}' but the file says '{ref}': id and version must match its path",
    ),
    "store.not_framework": (
        "フレームワークのファイルが必要ですが、{kind} のファイルでした",
        "expected a framework file, found a {kind} file",
    ),
    "store.not_member": (
        "メンバーのファイルが必要ですが、{kind} のファイルでした",
        "expected a member file, found a {kind} file",
    ),
    "store.cycle": ("'supersedes' が循環しています: {cycle}", "'supersedes' forms a cycle: {cycle}"),
    "store.cycle_hint": (
        "各版はそれより古い版を supersedes に書きます。同じ版に戻ってはいけません",
        "each version supersedes an older one; no version may come back",
    ),
    "store.superseded_invalid": (
        "supersedes の版 '{version}'({path})に誤りがあります。その版に 'csmatrix validate' を実行してください",
        "the superseded version '{version}' ({path}) is invalid; run 'csmatrix validate' on it",
    ),
    "store.framework_invalid": (
        "フレームワーク '{reference}'({path})に誤りがあります",
        "the framework '{reference}' ({path}) is invalid",
    ),
    "store.validate_it": (
        "そのファイルに 'csmatrix validate' を実行してください",
        "run 'csmatrix validate' on it",
    ),
    "store.duplicate_activity": (
        "活動のid '{id}' が2回使われています(最初は{line}行目)",
        "duplicate activity id '{id}' (first used at line {line})",
    ),
    "store.no_such_path": ("ファイルもフォルダーもありません", "no such file or directory"),
    "store.cannot_list": ("このフォルダーの中を見られません: {reason}", "cannot list this folder: {reason}"),
    # files/writing: what is never overwritten
    "write.exists": (
        "{path} はすでにあります。何も書き出していません",
        "{path} already exists; nothing was written",
    ),
    "write.force_hint": ("置き換えるには --force を付けてください", "pass --force to replace it"),
    "write.cannot": (
        "{path} に書き出せません: {reason}。何も書き出していません",
        "cannot write {path}: {reason}; nothing was written",
    ),
    "write.is_folder": (
        "{path} はフォルダーです。何も書き出していません",
        "{path} is a directory; nothing was written",
    ),
    "write.special": (
        "{path} は通常のファイルではありません(デバイス・FIFO・ソケット)。何も書き出していません",
        "{path} is not a regular file (a device, FIFO or socket); nothing was written",
    ),
    "write.special_hint": (
        "ファイルに書き出すか、-o を付けずに標準出力に出してください",
        "write to a file, or leave out -o to print to stdout",
    ),
    "write.no_folder": (
        "フォルダー {folder} がありません。何も書き出していません",
        "the folder {folder} does not exist; nothing was written",
    ),
    "write.not_folder": (
        "{folder} はフォルダーではありません。何も書き出していません",
        "the folder {folder} is not a folder; nothing was written",
    ),
    "write.cannot_in": (
        "{folder} に書き込めません: {reason}。何も書き出していません",
        "cannot write in {folder}: {reason}; nothing was written",
    ),
    "write.untouched": (
        "{path} に書き出せません: {reason}。元のファイルはそのままです",
        "cannot write {path}: {reason}; the old file is untouched",
    ),
    "write.locked": (
        "{path} は別のcsmatrixが書き出している最中です。何も書き出していません",
        "{path} is being written by another csmatrix; nothing was written",
    ),
    "write.locked_hint": ("終わってからもう一度実行してください", "try again when it has finished"),
    # files/gitrev: REV:PATH
    "gitrev.no_git": (
        "gitの版を読めません: 'git' コマンドが見つかりません",
        "cannot read a git revision: the 'git' program was not found",
    ),
    "gitrev.no_git_hint": (
        "gitをインストールするか、2つのファイルを比べてください",
        "install git, or compare two files instead",
    ),
    "gitrev.not_repo": (
        "'{label}' はgitの版を指していますが、{cwd} はgitリポジトリの中ではありません",
        "'{label}' names a git revision, but {cwd} is not inside a git repository",
    ),
    "gitrev.not_repo_hint": (
        "リポジトリの中でコマンドを実行するか、ファイルのパスを指定してください",
        "run the command inside the repository, or give a file path",
    ),
    "gitrev.no_path": (
        "'{label}' の ':' の後にファイルがありません",
        "'{label}' names no file after the ':'",
    ),
    "gitrev.no_path_hint": (
        "REV:path/to/framework.yaml の形で書いてください",
        "write REV:path/to/framework.yaml",
    ),
    "gitrev.outside": (
        "'{path}' は {root} のgitリポジトリの外にあります",
        "'{path}' is outside the git repository at {root}",
    ),
    "gitrev.outside_hint": (
        "リポジトリの中のファイルを指定してください",
        "name a file inside the repository",
    ),
    "gitrev.unknown_rev": (
        "gitの版 '{rev}' が見つかりません('{label}' の中)",
        "unknown git revision '{rev}' (in '{label}')",
    ),
    "gitrev.unknown_rev_hint": (
        "'git log --oneline' で確かめてください。例: HEAD~1、ブランチ、タグ、コミットid",
        "check it with 'git log --oneline'; e.g. HEAD~1, a branch, a tag or a commit id",
    ),
    "gitrev.missing": ("'{path}' は版 '{rev}' にありません", "'{path}' does not exist in revision '{rev}'"),
    "gitrev.missing_folder": (
        "'{path}' は版 '{rev}' にありません(そこではフォルダーです)",
        "'{path}' does not exist in revision '{rev}' (it is a folder there)",
    ),
    "gitrev.ls_hint": (
        "'git ls-tree -r --name-only {rev}' でその版のファイルを一覧できます",
        "list the files there with 'git ls-tree -r --name-only {rev}'",
    ),
    "gitrev.unreadable": ("gitが '{label}' を読めませんでした", "git could not read '{label}'"),
    "gitrev.unreadable_hint": (
        "'git log --oneline' で版を確かめてください",
        "check the revision with 'git log --oneline'",
    ),
    # --- end files ---
    # --- messages: models/, rules/, scoring/ ---
    # files/located.py: pydantic's errors, as a person who edits YAML by hand reads them
    "schema.did_you_mean": ("('{name}' のことですか?)", " (did you mean '{name}'?)"),
    "schema.top_not_mapping": (
        "ファイルの先頭には 'schema: ...' のような「キー: 値」の行が必要ですが、{found}です",
        "expected a mapping of keys (such as 'schema: ...') at the top, found {found}",
    ),
    "schema.found_nothing": ("空の値", "nothing (an empty value)"),
    "schema.found_mapping": ("「キー: 値」の行(マッピング)", "a mapping"),
    "schema.found_list": ("「- 項目」の行(リスト)", "a list"),
    "schema.found_value": ("'{text}'", "'{text}'"),
    "schema.missing": ("必須の項目 '{name}' がありません", "missing required field '{name}'"),
    "schema.missing_in": (
        "'{parent}' に必須の項目 '{name}' がありません",
        "missing required field '{name}' in '{parent}'",
    ),
    "schema.unknown_field": (
        "'{name}' はここに書ける項目ではありません{suggest}",
        "unknown field '{name}'{suggest}",
    ),
    "schema.allowed_here": ("ここに書ける項目: {fields}", "allowed here: {fields}"),
    "schema.on_key": ("キー {what}: {message}", "key {what}: {message}"),
    "schema.expected_mapping": (
        "字下げした「キー: 値」の行(マッピング)が必要ですが、{found}です",
        "expected a mapping (indented 'key: value' lines), found {found}",
    ),
    "schema.expected_list": (
        "「- 項目」の行(リスト)が必要ですが、{found}です",
        "expected a list ('- item' lines), found {found}",
    ),
    "schema.expected_text": ("テキストが必要ですが、{found}です", "expected text, found {found}"),
    "schema.expected_whole": ("整数が必要ですが、{found}です", "expected a whole number, found {found}"),
    "schema.one_of": (
        "{allowed} のどれかが必要ですが、{found}です{suggest}",
        "expected one of {allowed}, found {found}{suggest}",
    ),
    "schema.choice": ("{value}", "{value}"),
    "schema.choices": ("{head}、{last}", "{head} or {last}"),
    "schema.bad_id": (
        "{found} はIDに使えません。英小文字・数字・ハイフンだけで書いてください(例: 'experience-management')",
        "{found} is not a valid id: use lowercase ASCII letters, digits and hyphens (kebab-case), e.g. 'experience-management'",
    ),
    "schema.level_zero": (
        "{found} は尺度にありません。レベルは1から始まります(レベル0はありません)",
        "{found} is not on the scale: levels start at 1 (there is no level 0)",
    ),
    "schema.empty": ("空にはできません", "must not be empty"),
    "schema.too_short": ("少なくとも{n}件必要です", "needs at least {n} entry"),
    "schema.expected_date": (
        "YYYY-MM-DD 形式の日付が必要ですが、{found}です",
        "expected a date written as YYYY-MM-DD, found {found}",
    ),
    "schema.expected_bool": (
        "true か false が必要ですが、{found}です",
        "expected true or false, found {found}",
    ),
    "schema.invalid": ("値が正しくありません: {detail}", "{detail}"),
    "schema.other": ("値が正しくありません: {detail}(書かれた値: {found})", "{detail} (found {found})"),
    # models/: what the validators refuse
    "models.control": (
        "テキストに制御文字 {char} が含まれています({position}文字目)",
        "text holds the control character {char} (character {position})",
    ),
    "models.control_hint": (
        "その文字を消してください。TAB はスペースに置き換えてください。テキストに含めてよい制御文字は改行だけです",
        "delete it, or write spaces for a TAB; a line break is the one control character a text may hold",
    ),
    "models.not_date": (
        "'{value}' は日付ではありません。YYYY-MM-DD 形式で書いてください(例: 2021-11-01)",
        "'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2021-11-01",
    ),
    "models.not_calendar_date": ("{value} は暦にない日付です", "{value} is not a real calendar date"),
    "models.text_needs_lang": (
        "テキストには 'ja' か 'en' の少なくとも一方が必要です",
        "a text needs at least one of 'ja' or 'en'",
    ),
    "models.quote_too_long": (
        "quote は{max}文字まで(数語)です。長い文章は 'note' に言い換えて書いてください",
        "a quote is at most {max} characters (a few words); paraphrase longer passages in 'note'",
    ),
    "models.article_needs_words": (
        "kind が 'article' の出典には、記事の言葉を書いた 'quote' か 'note' が必要です",
        "a source of kind 'article' needs the article's words in 'quote' or a 'note'",
    ),
    "models.public_needs_ref": (
        "kind が 'public' の出典には 'ref'(公開資料の題名)が必要です",
        "a source of kind 'public' needs 'ref': the title of the public source",
    ),
    "models.ours_needs_note": (
        "kind が 'ours' の出典には、独自に加えた内容を書いた 'note' が必要です",
        "a source of kind 'ours' needs a 'note' saying what is ours",
    ),
    "models.reassess_not_predecessor": (
        "reassess の '{old}' は、このスキル自身のIDでも replaces にあるIDでもありません",
        "reassess names '{old}', which is neither this skill's id nor in its replaces",
    ),
    # rules/semantic.py: what a schema cannot say
    "rules.unknown_role": (
        "{ref} にロール '{role}' はありません{suggest}",
        "unknown role '{role}' in {ref}{suggest}",
    ),
    "rules.roles_of": ("{ref} のロール: {roles}", "roles of {ref}: {roles}"),
    "rules.no_roles": ("{ref} にはロールがありません", "{ref} defines no roles"),
    "rules.out_of_order": (
        "レベル{level}の順番が違います。尺度は1から欠けずに数えるので、{n}番目はレベル{n}にしてください",
        "level {level} is out of order: the scale must count up from 1 without gaps, so entry {n} should be level {n}",
    ),
    "rules.kind_axis": ("軸", "axis"),
    "rules.kind_category": ("カテゴリ", "category"),
    "rules.kind_skill": ("スキル", "skill"),
    "rules.kind_role": ("ロール", "role"),
    "rules.duplicate_id": (
        "{kind}のID '{id}' が重複しています({line}行目で使用済み)",
        "duplicate {kind} id '{id}' (first used at line {line})",
    ),
    "rules.level_key_outside": (
        "levels.{level}: レベル{level}は尺度{scale}の外です",
        "levels.{level}: level {level} is outside the scale {scale}",
    ),
    "rules.missing_descriptors": (
        "スキル '{skill}' にレベル{levels}の説明がありません。スキルごとに尺度{scale}の各レベルを説明してください",
        "skill '{skill}' has no descriptor for level{s} {levels}: every skill describes each level of the scale {scale}",
    ),
    "rules.undeclared_axis": (
        "カテゴリ '{category}' の軸 '{axis}' は axes にありません{suggest}",
        "category '{category}' names the axis '{axis}', which is not declared{suggest}",
    ),
    "rules.declared_axes": ("axes にある軸: {axes}", "declared axes: {axes}"),
    "rules.target_unknown": (
        "ロール '{role}' の目標にある{kind} '{name}' は、このフレームワークにありません{suggest}",
        "role '{role}' targets the {kind} '{name}', which this framework does not have{suggest}",
    ),
    "rules.outside": ("レベル{level}は尺度{scale}の外です", "level {level} is outside the scale {scale}"),
    "rules.replaces_unknown": (
        "'{old}' は、この版が置き換える {ref} のスキルではありません{suggest}",
        "'{old}' is not a skill of {ref}, which this version supersedes{suggest}",
    ),
    "rules.unknown_skill": (
        "{ref} にスキル '{skill}' はありません{suggest}",
        "unknown skill '{skill}' in {ref}{suggest}",
    ),
    "rules.unknown_skill_in": (
        "{table} のスキル '{skill}' は {ref} にありません{suggest}",
        "{table} for unknown skill '{skill}' in {ref}{suggest}",
    ),
    "rules.future_date": (
        "評価日 {date} が今日({today})より後です",
        "the assessment is dated {date}, after today ({today})",
    ),
    "rules.future_date_hint": (
        "評価をした日の日付にしてください。よくある原因は年の打ち間違いです",
        "date an assessment on the day it was made; a typo in the year is the usual cause",
    ),
    "rules.joined_after": (
        "joined {joined} が最初の評価({first}、{line}行目)より後です",
        "joined {joined} is after the first assessment ({first}, at line {line})",
    ),
    "rules.joined_hint": (
        "'joined' かその評価の年を確かめてください",
        "check the year of 'joined' or of that assessment",
    ),
    "rules.self_method": (
        "by が self の評価なのに、method が 'self-assessment' ではなく '{method}' です",
        "an assessment by self has method '{method}', not 'self-assessment'",
    ),
    "rules.self_method_hint": (
        "'method: self-assessment' と書くか、評価した人を 'by' に書いてください",
        "write 'method: self-assessment', or put who assessed in 'by'",
    ),
    "rules.not_self_method": (
        "'{by}' による評価(自己評価ではない)なのに、method が 'self-assessment' です",
        "method 'self-assessment' on an assessment by '{by}', not by self",
    ),
    "rules.not_self_method_hint": (
        "'by: self' と書くか、評価者が使った方法(例: observation)を書いてください",
        "write 'by: self', or the method the assessor used (e.g. observation)",
    ),
    # --- end models ---
    # --- messages: versions/, team/, activities/, calibrate/, site/, lint/ ---
    # versions/: migrate, review (and check-bump), impact
    "versions.no_framework": (
        "{path} には使えるフレームワークの指定がありません",
        "{path} names no usable framework",
    ),
    "versions.other_family": (
        "{path} は {src}(ファミリー '{family}')の版ですが、{dst} はファミリー '{other}' の版です",
        "{path} is on {src}, of the family '{family}'; {dst} belongs to '{other}'",
    ),
    "versions.other_family_hint": (
        "migrate は同じファミリーの版の間でメンバーを移します。{family} の版を選んでください('csmatrix list' で一覧できます)",
        "migrate moves a member between versions of one family: pick a version of {family} ('csmatrix list' shows them)",
    ),
    "versions.not_a_repo": (
        "{path} は git リポジトリの中ではありません",
        "{path} is not inside a git repository",
    ),
    "versions.not_a_repo_hint": (
        "フレームワークを変更したリポジトリの中で 'csmatrix review' を実行してください",
        "run 'csmatrix review' inside the repository whose frameworks changed",
    ),
    "versions.unknown_rev": (
        "git のリビジョン '{rev}' が見つかりません",
        "unknown git revision '{rev}'",
    ),
    "versions.unknown_rev_hint": (
        "'git log --oneline' で確かめてください。例: origin/main、HEAD~1、タグ、コミットid",
        "check it with 'git log --oneline'; e.g. origin/main, HEAD~1, a tag or a commit id",
    ),
    "versions.git_diff_failed": (
        "git diff {base} が失敗しました: {detail}",
        "git diff {base} failed: {detail}",
    ),
    "versions.git_diff_failed_hint": (
        "'git log --oneline' でリビジョンを確かめてください",
        "check the revisions with 'git log --oneline'",
    ),
    "versions.no_members_dir": (
        "--members {path}: そのフォルダはありません",
        "--members {path}: no such directory",
    ),
    "versions.no_members_dir_hint": (
        "メンバーファイルのあるフォルダを指定してください",
        "name the folder of member files",
    ),
    # team/: reading the members (gather) and the plans (report, rotate, whatif)
    "gather.not_member": ("メンバーファイルとして読めません", "not a valid member file"),
    "gather.duplicate_id": (
        "メンバーid '{id}' は {path} ですでに使われています",
        "member id '{id}' is already used by {path}",
    ),
    "gather.duplicate_id_hint": (
        "メンバーごとに別のidにしてください('id' がないときはファイル名がidになります)",
        "each member needs an id of their own (the file name when 'id' is absent)",
    ),
    "gather.other_family": (
        "'{ref}' はチームのフレームワーク {team} とは別のファミリーです",
        "'{ref}' is of another framework family than the team's {team}",
    ),
    "gather.other_family_hint": (
        "チームの力量表は1つのファミリーで比べます。これらのメンバーは別に 'csmatrix team' を実行するか、同じフレームワークに移してください",
        "a team matrix compares one family: run 'csmatrix team' on these members separately, or move them to the same framework",
    ),
    "gather.newer": (
        "'{ref}' はこのチーム表示のフレームワーク {team} より新しい版です。評価は 'supersedes' に沿って新しい版へしか引き継げません",
        "'{ref}' is newer than {team}, the framework of this team view; levels are only carried forward along 'supersedes'",
    ),
    "gather.not_in_lineage": (
        "'{ref}' はこのチーム表示のフレームワーク {team} の系譜(supersedes のつながり)にありません。評価は 'supersedes' に沿って新しい版へしか引き継げません",
        "'{ref}' is not in the lineage of {team}, the framework of this team view; levels are only carried forward along 'supersedes'",
    ),
    "gather.lineage_hint": (
        "--framework に最新の版を指定するか、メンバーを migrate してください",
        "pass --framework with the newest version, or migrate the member",
    ),
    "teamplan.coverage_outside": (
        "カバー基準のレベル{level}が尺度1–{top}の外です",
        "coverage level {level} is outside the scale 1–{top}",
    ),
    "teamplan.unknown_member": (
        "--without {spec}: そのidやファイルのメンバーはこのチームにいません",
        "--without {spec}: no member of this team has that id or file",
    ),
    "teamplan.unknown_member_hint": (
        "メンバーid({known})か、メンバーファイルのパスを指定してください",
        "pass a member id ({known}) or the path of one of the member files",
    ),
    # site/: what to publish, and writing it
    "siteplan.not_framework": ("フレームワークファイルとして読めません", "not a valid framework file"),
    "siteplan.nothing": (
        "公開するフレームワークが見つかりません。何も書き出していません",
        "no framework found to publish; nothing was written",
    ),
    "siteplan.nothing_hint": (
        "フレームワークファイル、フォルダ、または family@version を指定してください",
        "give framework files, folders or family@version references",
    ),
    "siteplan.members_not_folder": (
        "{path} はフォルダではありません。何も書き出していません",
        "{path} is not a folder; nothing was written",
    ),
    "siteplan.members_missing": (
        "{path} がありません。何も書き出していません",
        "{path} does not exist; nothing was written",
    ),
    "siteplan.members_hint": (
        "--members にはメンバーファイルのフォルダを指定してください",
        "--members takes a folder of member files",
    ),
    "siteplan.no_members": (
        "{path} にメンバーファイルがありません。何も書き出していません",
        "no member files under {path}; nothing was written",
    ),
    "siteplan.out_not_folder": (
        "{path} はフォルダではないファイルとしてすでにあります。何も書き出していません",
        "{path} exists and is not a folder; nothing was written",
    ),
    "siteplan.out_hint": ("-o にはフォルダを指定してください", "-o takes a folder"),
    "siteplan.exists": (
        "{path} はすでにあります。何も書き出していません",
        "{path} already exists; nothing was written",
    ),
    "siteplan.exists_more": (
        "{path} ほか{more}件はすでにあります。何も書き出していません",
        "{path} already exists (and {more} more); nothing was written",
    ),
    "siteplan.exists_hint": (
        "サイトのページを置き換えるには --force を指定してください(フォルダ内のほかのファイルは残ります)",
        "pass --force to replace the site's pages (other files in the folder are kept)",
    ),
    "siteplan.cannot_create": ("{path} を作れません: {detail}", "cannot create {path}: {detail}"),
    # lint/: the rules' warnings (a rule's whole message, its fix included)
    "lintrule.not_framework": ("フレームワークファイルとして読めません", "not a valid framework file"),
    "lintrule.overlap": (
        "「{b}」のレベル{bl}と「{a}」のレベル{al}({line}行目)がほぼ同じ行動を書いています(類似度 {score} ≥ {limit})。評価者が区別できないため、まとめるか、それぞれにしかない行動を書いてください",
        "'{b}' level {bl} and '{a}' level {al} (line {line}) describe much the same behaviour (similarity {score} ≥ {limit}): a rater cannot tell them apart; merge them or make each say what only it asks",
    ),
    "lintrule.repeat": (
        "「{skill}」のレベル{level}がレベル{below}をほぼ繰り返しています(類似度 {score} ≥ {limit})。上のレベルで何が増えるかを書いてください",
        "'{skill}' level {level} nearly repeats level {below} (similarity {score} ≥ {limit}): say what more the higher level asks",
    ),
    "lintrule.jump": (
        "「{skill}」のレベル{level}はレベル{below}と共通点がありません(類似度 {score})。ほかの段は積み上がっている(平均 {mean})ため、この段だけ飛躍が大きいか、別の行動になっています",
        "'{skill}' level {level} shares nothing with level {below} (similarity {score}) while its other steps build on each other (mean {mean}): a jump much larger than the others, or a different behaviour",
    ),
    "lintrule.template": (
        "レベル{level}: 「{phrase}」が{of}スキル中{n}スキルに書かれています({skills})。一つの型で全部を満たせてしまうため、このレベルで各スキルが求めることを書いてください",
        "level {level}: 「{phrase}」 is written in {n} of {of} skills ({skills}): one template satisfies them all; say what each skill asks at this level",
    ),
    "lintrule.mood": (
        "「{skill}」のレベル{level}は{kind}で終わりますが、{scope}のレベル{levels}は{majority}で終わります。同じ範囲では根拠の基準をそろえてください",
        "'{skill}' level {level} ends in {kind} while its {scope} levels {levels} end in {majority}: one standard of evidence per scope",
    ),
    "lintrule.can": ("「できる」(能力)", "できる (can do)"),
    "lintrule.does": ("「している」(実践)", "している (does habitually)"),
    "lintrule.missing": (
        "{where} に {has} はありますが {lacks} がありません(両方の言語で書かれたフレームワークです)",
        "{where} has {has} but no {lacks}, in a framework written in both",
    ),
    "lintrule.one_language": (
        "「{skill}」の{field}: {version} から {changed} だけが変わり、{same} は変わっていません。両方を直してください",
        "'{skill}' {field}: the {changed} text changed since {version} but the {same} text did not; update both or neither",
    ),
    "lintrule.level_field": ("レベル{level}", "level {level}"),
    "lintrule.joined": (
        "「{skill}」のレベル{level}は一つの記述に{n}つの行動を含んでいます(「{quote}」)。一方だけ見られたときに評価できないため、レベルごとに観察できる行動を一つにしてください",
        "'{skill}' level {level} joins {n} behaviours in one descriptor (「{quote}」): a rater who sees one but not the other cannot rate it; keep one observable behaviour per level",
    ),
    # --- end versions ---
    # --- messages: sheet/ ---
    # `import`: reading a filled CSV/XLSX sheet back (sheet/readback.py)
    "readback.cell": ("セル {name}: {message}", "cell {name}: {message}"),
    "readback.bad_suffix": (
        "'{suffix}' のファイルは取り込めません。.csv か .xlsx のシートを指定してください",
        "cannot import a '{suffix}' file: give a .csv or .xlsx sheet",
    ),
    "readback.no_suffix": (
        "拡張子のないファイルは取り込めません。.csv か .xlsx のシートを指定してください",
        "cannot import a file without an extension: give a .csv or .xlsx sheet",
    ),
    "readback.save_as_xlsx": (".xlsx か CSV で保存し直してください", "save it as .xlsx or CSV"),
    "readback.utf16": (
        "このファイルは CSV ではなく、UTF-16 のテキスト(Excel の「Unicode テキスト」)です",
        "the file is UTF-16 text (Excel's 'Unicode Text'), not CSV",
    ),
    "readback.save_csv_utf8": (
        "Excel で「CSV UTF-8 (コンマ区切り)」として保存してください",
        "save it from Excel as 'CSV UTF-8 (comma delimited)'",
    ),
    "readback.not_text": (
        "このファイルは UTF-8 でも CP932 (Shift_JIS) でもありません。バイト {byte} を読めません",
        "the file is neither UTF-8 nor CP932 (Shift_JIS) text: byte {byte} cannot be read",
    ),
    "readback.nul": (
        "ファイルに NUL バイトが含まれています。CSV のテキストファイルではありません",
        "the file holds NUL bytes: it is not a CSV text file",
    ),
    "readback.bad_csv": ("CSV として読めません: {detail}", "this is not valid CSV: {detail}"),
    "readback.where_row": ("{n}行目", "row {n}"),
    "readback.where_sheet": ("シート '{title}'", "sheet '{title}'"),
    "readback.too_many_rows": (
        "{where}: シートの行が{limit}を超えています。スキルシートがこれほど大きくなることはありません",
        "{where}: the sheet has more than {limit} rows; a skill sheet is never that big",
    ),
    "readback.too_many_columns": (
        "{where}: シートの列が{limit}を超えています。スキルシートがこれほど大きくなることはありません",
        "{where}: the sheet has more than {limit} columns; a skill sheet is never that big",
    ),
    "readback.too_many_cells": (
        "{where}: シートのセルが{limit}を超えています。スキルシートがこれほど大きくなることはありません",
        "{where}: the sheet has more than {limit} cells; a skill sheet is never that big",
    ),
    "readback.too_big_hint": (
        "csmatrix が作ったシートを取り込むか、表から離れた下や右にあるセルを消してください",
        "import the sheet csmatrix wrote, or delete stray cells far below or right of the table",
    ),
    "readback.zip64": (
        "このブックは ZIP64 形式です。スキルシートがこれほど大きくなることはありません",
        "the workbook is a ZIP64 archive; a skill sheet is never that big",
    ),
    "readback.too_many_parts": (
        "ブックの部品が{limit}個を超えています。スキルシートがこれほど大きくなることはありません",
        "the workbook holds more than {limit} parts; a skill sheet is never that big",
    ),
    "readback.too_much_unpacked": (
        "ブックを展開すると{mib} MiBを超えます。スキルシートがこれほど大きくなることはありません",
        "the workbook unpacks to more than {mib} MiB; a skill sheet is never that big",
    ),
    "readback.too_many_tags": (
        "ブックの XML 要素が{limit}個を超えています。スキルシートがこれほど大きくなることはありません",
        "the workbook holds more than {limit} XML elements; a skill sheet is never that big",
    ),
    "readback.import_written": (
        "csmatrix が作ったブックに記入して、それを取り込んでください",
        "import the workbook csmatrix wrote, filled in",
    ),
    "readback.not_xlsx": (
        "ブックを読めません。XLSX ファイルではありません ({kind})",
        "cannot read the workbook: it is not an XLSX file ({kind})",
    ),
    "readback.save_workbook": (
        "Excel で開き、「Excel ブック (*.xlsx)」として保存してください",
        "open it in Excel and save it as 'Excel Workbook (.xlsx)'",
    ),
    "readback.no_worksheet": ("ブックにワークシートがありません", "the workbook has no worksheet"),
    "readback.not_one_cell": (
        "'{ref}' はスキルシートの1つのセルを指していません",
        "'{ref}' is not one cell of a skill sheet",
    ),
    "readback.not_a_sheet": (
        "csmatrix のスキルシートではありません(フレームワークの指定が見つかりません)",
        "this is not a csmatrix skill sheet (no framework reference found)",
    ),
    "readback.not_a_sheet_hint": (
        "'csmatrix sheet REF -f csv|xlsx' でシートを作り、それに記入してください",
        "make the sheet with 'csmatrix sheet REF -f csv|xlsx' and fill that in",
    ),
    "readback.no_framework": ("シートにフレームワークが書かれていません", "the sheet names no framework"),
    "readback.no_framework_hint": ("例: icare-cs@2021-autumn", "e.g. icare-cs@2021-autumn"),
    "readback.framework_invalid": ("内容に誤りがあります", "it is invalid"),
    "readback.not_a_framework": (
        "'{ref}' は csmatrix のフレームワークとして読めません",
        "'{ref}' is not a valid csmatrix framework",
    ),
    "readback.validate_it": (
        "csmatrix validate {ref} で確認してください",
        "check it with: csmatrix validate {ref}",
    ),
    "readback.framework_unusable": (
        "フレームワーク '{ref}' を使えません: {detail}",
        "framework '{ref}' cannot be used: {detail}",
    ),
    "readback.frameworks_dir": (
        "フレームワークの置き場所を --frameworks DIR で指定してください",
        "pass --frameworks DIR where it lives",
    ),
    "readback.no_name": (
        "氏名がありません。ここにメンバーの氏名を書いてください",
        "no name: write the member's name here",
    ),
    "readback.no_name_hint": (
        "または --into MEMBER で既存のメンバーファイルに追加してください",
        "or add the sheet to an existing member file with --into MEMBER",
    ),
    "readback.bad_member_id": ("'{member}' はメンバーIDとして使えません", "'{member}' is not a member id"),
    "readback.bad_member_id_hint": (
        "英小文字・数字・ハイフンで書くか (aoi-sato)、セルを空にしてください",
        "use lowercase letters, digits and hyphens (aoi-sato), or clear the cell",
    ),
    "readback.no_header": (
        "ID の列と評価の列がある見出し行が見つかりません",
        "no header row with an ID column and a rating column was found",
    ),
    "readback.no_header_hint": (
        "シートを作ったときの見出し行を残してください",
        "keep the header row the sheet was made with",
    ),
    "readback.nothing_rated": (
        "評価したスキルがありません。取り込むものがありません",
        "no skill is rated: nothing to import",
    ),
    "readback.nothing_rated_hint": (
        "この列に{low}–{top}のレベルを書いてください",
        "write levels {low}–{top} in this column",
    ),
    "readback.by_control": (
        "評価者の欄に制御文字が含まれています",
        "the assessor holds a control character",
    ),
    "readback.by_control_hint": ("self か、評価者の名前を書いてください", "write self, or a name"),
    "readback.not_a_date": ("'{text}' は日付ではありません", "'{text}' is not a date"),
    "readback.not_a_date_hint": (
        "YYYY-MM-DD (例: 2026-11-23) で書くか、空欄にして取り込む日の日付にしてください",
        "write it as YYYY-MM-DD, e.g. 2026-11-23, or leave it blank for today",
    ),
    "readback.future_date": (
        "日付 {date} が今日 ({today}) より後です",
        "the date {date} is after today ({today})",
    ),
    "readback.future_date_hint": (
        "評価をした日の日付を書いてください",
        "date the assessment on the day it was made",
    ),
    "readback.rating_without_id": (
        "スキルIDのない行に評価 ('{rating}') があります",
        "a rating ('{rating}') on a row without a skill id",
    ),
    "readback.rating_without_id_hint": (
        "セル {cell} にスキルIDを戻すか、評価を消してください",
        "put the skill id back in cell {cell}, or clear the rating",
    ),
    "readback.note_without_id": ("スキルIDのない行にメモがあります", "a note on a row without a skill id"),
    "readback.note_without_id_hint": (
        "スキルIDを戻すか、メモをスキルの行に移してください",
        "put the skill id back, or move the note to a skill's row",
    ),
    "readback.listed_twice": (
        "スキル '{skill}' が2回書かれています(最初は{row}行目)",
        "skill '{skill}' is listed twice (first on row {row})",
    ),
    "readback.listed_twice_hint": ("1つのスキルは1行にまとめてください", "keep one row per skill"),
    "readback.not_a_level": (
        "'{text}' はレベルではありません。{low}から{top}までの整数を書いてください",
        "'{text}' is not a level: write a whole number from {low} to {top}",
    ),
    "readback.outside_scale": (
        "レベル{level}は尺度{low}–{top}の外です",
        "level {level} is outside the scale {low}–{top}",
    ),
    "readback.other_framework": (
        "シート {sheet} は {ref} 用ですが、{into} は {found} のメンバーです。何も書き込んでいません",
        "the sheet {sheet} is for {ref} but {into} is on {found}; nothing was written",
    ),
    "readback.other_framework_hint": (
        "メンバーファイルからシートを作る (csmatrix sheet --member {into}) か、先にメンバーを移行してください",
        "make the sheet from the member file (csmatrix sheet --member {into}) or migrate the member first",
    ),
    "readback.other_member": (
        "シート {sheet} は '{member}' 用ですが、{into} は '{own}' のファイルです。何も書き込んでいません",
        "the sheet {sheet} was made for '{member}' but {into} is '{own}'; nothing was written",
    ),
    "readback.other_member_hint": (
        "そのメンバーのファイルに取り込んでください",
        "import it into that member's file",
    ),
    "readback.flow_style": (
        "このファイルの assessments はフロー形式 ([...]) で書かれているため、コメントを残したまま評価を追加できません",
        "the assessments of this file are written in flow style ([...]); cannot add one without losing comments",
    ),
    "readback.flow_style_hint": (
        "ブロック形式のリスト ('- date: ...' の項目) に書き直すか、-o で新しいファイルに取り込んでください",
        "write them as a block list ('- date: ...' items), or import into a new file with -o",
    ),
    # --- end sheet ---
    # --- messages: commands/ and cli.py ---
    "cmd.validate_skipped": (
        "csmatrix: 注意: {path} を飛ばしました(csmatrix のファイルではありません: 'schema:' がありません)",
        "csmatrix: note: skipped {path} (not a csmatrix file: no 'schema:')",
    ),
    "cmd.validate_ok": ("csmatrix: {n}個のファイルに問題はありません", "csmatrix: {n} file{s} valid"),
    "cmd.by_empty": ("--by が空です", "--by is empty"),
    "cmd.by_hint": ("--by self か、評価者の名前を指定してください", "--by self, or the assessor's name"),
    "cmd.bad_date": ("--date '{text}' は日付ではありません", "--date '{text}' is not a date"),
    "cmd.date_hint": (
        "YYYY-MM-DD の形で書いてください。例: 2026-11-23",
        "write it as YYYY-MM-DD, e.g. 2026-11-23",
    ),
    "cmd.import_added": (
        "csmatrix: {date} の {by} による評価({n}スキル)を追加しました",
        "csmatrix: added an assessment of {n} skill{s} dated {date} by {by}",
    ),
    "cmd.no_member_file": ("{path}: ファイルがありません", "{path}: no such file"),
    "cmd.member_file_hint": (
        "メンバーの YAML ファイルのパスを指定してください",
        "give the path of a member YAML file",
    ),
    "cmd.member_is_dir": (
        "{path}: フォルダです。メンバーのファイルではありません",
        "{path}: is a directory, not a member file",
    ),
    "cmd.member_is_dir_hint": (
        "メンバーのファイルを1つ指定してください。フォルダ全体は 'csmatrix team DIR' で読めます",
        "give one member file; 'csmatrix team DIR' reads a whole directory",
    ),
    "cmd.bad_member_id": ("'{ident}' はメンバー id として使えません", "'{ident}' is not a member id"),
    "cmd.member_id_hint": (
        "英小文字・数字・ハイフンで書いてください: aoi-sato",
        "use lowercase letters, digits and hyphens: aoi-sato",
    ),
    "cmd.activities_wrong_kind": (
        "{path} は {kind} のファイルです。活動のファイルではありません",
        "{path} is a {kind} file, not an activities file",
    ),
    "cmd.activities_hint": (
        "'schema: csmatrix/activities@1' で始まるファイルを指定してください",
        "give a file that starts with 'schema: csmatrix/activities@1'",
    ),
    "cmd.activities_empty": (
        "csmatrix: {path} に活動がありません。'activities:' の下に書くとマップに載ります",
        "csmatrix: no activities in {path}: add some under 'activities:' to map them",
    ),
    "cmd.bump_declared": (
        "{path}: error: 版 {before} → {after} は{said}ですが、この変更には{suggested}の更新が必要です",
        "{path}: error: version {before} → {after} declares {said}, but the change deserves a {suggested} bump",
    ),
    "cmd.bump_said_none": ("更新なし", "no bump"),
    "cmd.bump_said": ("{level}の更新", "a {level} bump"),
    "cmd.bump_raise": (
        "csmatrix: 版を上げてください(番号付きの版なら major/minor/patch の該当部分を、新しい版名なら新しいファイルを)。変更の全体は 'csmatrix diff' で確認できます",
        "csmatrix: raise the version (a numbered version's major/minor/patch part, or a new file for a new edition); 'csmatrix diff' shows the whole change",
    ),
    "cmd.unknown_rule": ("{rules} というルールはありません", "unknown rule {rules}"),
    "cmd.rules": ("ルール: {rules}", "rules: {rules}"),
    "cmd.xlsx_binary": (
        "XLSX のブックはバイナリなので、端末には出力しません",
        "an XLSX workbook is binary and is not printed to the terminal",
    ),
    "cmd.xlsx_hint": ("ファイルに書き出してください: -o sheet.xlsx", "write it to a file: -o sheet.xlsx"),
    "cmd.sheet_other_framework": (
        "{member} は {fw} のメンバーですが、シートには {given} が指定されました",
        "{member} is on {fw} but the sheet was asked for {given}",
    ),
    "cmd.sheet_other_framework_hint": (
        "フレームワークの引数を外すか、先にメンバーを移行してください: csmatrix migrate {member} --to {given}",
        "leave out the framework argument, or migrate the member first: csmatrix migrate {member} --to {given}",
    ),
    "cmd.sheet_which": (
        "どのフレームワークですか? family@version(またはファイル)か、--member FILE を指定してください",
        "which framework? give family@version (or a file), or --member FILE",
    ),
    "cmd.sheet_which_hint": (
        "例: csmatrix sheet icare-cs@2021-autumn --role new-member",
        "e.g. csmatrix sheet icare-cs@2021-autumn --role new-member",
    ),
    "cmd.family_alone": (
        "'{ref}' はファミリーで、1つの版ではありません。版: {versions}",
        "'{ref}' is a family, not one version; its versions: {versions}",
    ),
    "cmd.family_alone_hint": (
        "版を1つ指定してください。例えば最新版: csmatrix show {ref}@{newest}",
        "name one, e.g. the newest: csmatrix show {ref}@{newest}",
    ),
    "cmd.site_private": (
        "--members を付けるとサイトに個人の評価が入るため、--private なしでは作りません",
        "--members puts people's assessments in the site; refused without --private",
    ),
    "cmd.site_private_hint": (
        "サイトをチームの中だけで使うなら --private を付けてください(private・noindex の印が付きます)",
        "add --private to confirm the site stays inside the team (it is marked private and noindex)",
    ),
    "cmd.site_wrote": (
        "csmatrix: {dir} に{pages}ページを書き出しました(フレームワーク{versions}版{extra})",
        "csmatrix: wrote {pages} pages ({versions} framework version{s}{extra}) to {dir}",
    ),
    "cmd.site_member_pages": ("、メンバーのページ{n}", ", {n} member pages"),
    "cmd.site_open": ("csmatrix: {path} をブラウザで開いてください", "csmatrix: open {path}"),
    "cmd.coverage_outside": (
        "--coverage-level {level} は {ref} の尺度 1–{top} の外です",
        "--coverage-level {level} is outside the scale 1–{top} of {ref}",
    ),
    "cmd.coverage_hint": ("1 から {top} までのレベルを選んでください", "pick a level from 1 to {top}"),
    "cmd.skipped_not_member": (
        "csmatrix: 注意: {path} を飛ばしました(メンバーのファイルではありません)",
        "csmatrix: note: skipped {path} (not a member file)",
    ),
    "cmd.skipped_more": (
        "csmatrix: 注意: ほかに{n}個のメンバーでないファイルを飛ばしました",
        "csmatrix: note: skipped {n} more non-member files",
    ),
    "cmd.no_members": ("{paths} にメンバーのファイルがありません", "no member files found in {paths}"),
    "cmd.no_members_hint": (
        "メンバーのファイルは 'schema: csmatrix/member@1' で始まります",
        "member files start with 'schema: csmatrix/member@1'",
    ),
    "cmd.nothing_shown": (
        "csmatrix: 何も表示していません。上のファイルを直すか、--keep-going を付けると正しいメンバーだけを表示します",
        "csmatrix: nothing shown; fix the files above, or pass --keep-going to see the valid members",
    ),
    "cmd.goes_with_hire": ("{option} は --hire N と一緒に使います", "{option} goes with --hire N"),
    "cmd.goes_with_hire_hint": (
        "--hire N(受け入れる人数)を付けてください",
        "add --hire N (how many newcomers)",
    ),
    "cmd.hire_unknown_role": (
        "--role {role} は {ref} のロールではありません",
        "--role {role} is not a role of {ref}",
    ),
    "cmd.hire_roles": ("ロール: {roles}", "its roles: {roles}"),
    "cmd.hire_no_roles": ("このフレームワークにはロールがありません", "its roles: none"),
    "cmd.csv_no_plans": (
        "csmatrix: 注意: もしもの場合(--without)と受け入れ余力(--hire)の節は table・json・md の出力にだけあり、csv にはありません",
        "csmatrix: note: the what-if and capacity sections are in table, json and md output, not csv",
    ),
    # --- end commands ---
    # punctuation that differs by language
    "punct.list": ("、", ", "),
    "punct.paren": ("{text}({inner})", "{text} ({inner})"),
    "punct.or": ("・", " / "),
}


_lang: str | None = None  # the reader's language once the command line has said it


def set_lang(lang: str | None) -> None:
    """The language of every message from here on (``--lang``; None: back to the default)."""
    global _lang
    _lang = lang if lang in LANGS else None


def current_lang() -> str:
    """``--lang`` as the command line set it, else ``CSMATRIX_LANG``, else Japanese (SPEC)."""
    if _lang is not None:
        return _lang
    import os

    env = os.environ.get("CSMATRIX_LANG", "")
    return env if env in LANGS else "ja"


class Msg:
    """A message a person reads: a catalogue key and the fields that fill it.

    The core says *what* is wrong (``Msg("yaml.tab", col=3)``); the text is
    chosen when the message is shown, in the reader's language
    (``str(msg)`` uses ``current_lang()``, ``msg.text("en")`` a given one).
    A field may itself be a ``Msg`` (rendered in the same language) or a list
    (joined with the language's list separator).
    """

    __slots__ = ("fields", "key")

    def __init__(self, key: str, /, **fields: object) -> None:
        self.key = key
        self.fields = fields

    def text(self, lang: str | None = None) -> str:
        lang = lang or current_lang()
        values = {name: _field_text(value, lang) for name, value in self.fields.items()}
        return word(self.key, lang, **values)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        fields = "".join(f", {name}={value!r}" for name, value in self.fields.items())
        return f"Msg({self.key!r}{fields})"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def _id(self) -> tuple[str, str]:
        return (self.key, repr(sorted(self.fields.items(), key=lambda item: item[0])))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg):
            return self._id() == other._id()
        if isinstance(other, str):
            return str(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._id())

    def __lt__(self, other: object) -> bool:
        return str(self) < str(other)

    def __gt__(self, other: object) -> bool:
        return str(self) > str(other)


def _field_text(value: object, lang: str) -> object:
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        return word("punct.list", lang).join(str(_field_text(item, lang)) for item in value)
    return value


def say(text: object, lang: str | None = None) -> str:
    """A message or a plain text, as the reader reads it."""
    return text.text(lang) if isinstance(text, Msg) else str(text)


def word(key: str, lang: str, /, **fields: object) -> str:
    """``key`` in ``lang`` (the other language when empty), ``{fields}`` filled in.

    ``word("team.members_count", "ja", n=3) == "メンバー 3人"``.  An unknown key
    raises ``KeyError``: every key a renderer uses is in ``WORDS``.
    """
    ja, en = WORDS[key]
    first, other = (en, ja) if lang == "en" else (ja, en)
    text = first or other
    return text.format(**fields) if fields else text


def texts(key: str) -> tuple[str, str]:
    """Both languages of ``key`` (``import`` matches sheet headers in either)."""
    return WORDS[key]
