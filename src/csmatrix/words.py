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
    "common.roles": ("ロール: {roles}", "roles: {roles}"),
    "common.no_roles": ("このフレームワークにはロールがありません", "this framework defines no roles"),
    "common.unknown_role": ("{ref} にロール '{role}' はありません", "unknown role '{role}' in {ref}"),
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
    "click.no_option_but": ("{name} というオプションはありません。{match} のことですか?", "No such option: {name} Did you mean {match}?"),
    "click.missing_argument": ("引数 {name} がありません。", "Missing argument {name}."),
    "click.missing_option": ("オプション {name} がありません。", "Missing option {name}."),
    "click.extra_arguments": ("余分な引数があります: {args}", "Got unexpected extra arguments ({args})"),
    "click.needs_value": ("オプション {name} には値が必要です。", "Option {name} requires an argument."),
    "click.needs_values": ("オプション {name} には値が{n}個必要です。", "Option {name} requires {n} arguments."),
    "click.no_value": ("オプション {name} は値を取りません。", "Option {name} does not take a value."),
    "click.not_a_choice": ("{name} に {value} は指定できません。選べるのは {choices} です。", "Invalid value for {name}: {value} is not one of {choices}."),
    "click.not_integer": ("{name} の値 {value} は整数ではありません。", "Invalid value for {name}: {value} is not a valid integer."),
    "click.out_of_range": ("{name} の値 {value} が範囲 {range} の外です。", "Invalid value for {name}: {value} is not in the range {range}."),
    "click.invalid_value": ("{name} の値が正しくありません: {message}", "Invalid value for {name}: {message}"),
    # --- messages: files/ (yamlio, read, located, lookup, store, writing, gitrev, member_writer) ---
    # --- end files ---
    # --- messages: models/, rules/, scoring/ ---
    # --- end models ---
    # --- messages: versions/, team/, activities/, calibrate/, site/, lint/ ---
    # --- end versions ---
    # --- messages: sheet/ ---
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
    "cmd.date_hint": ("YYYY-MM-DD の形で書いてください。例: 2026-11-23", "write it as YYYY-MM-DD, e.g. 2026-11-23"),
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
    "cmd.goes_with_hire_hint": ("--hire N(受け入れる人数)を付けてください", "add --hire N (how many newcomers)"),
    "cmd.hire_unknown_role": ("--role {role} は {ref} のロールではありません", "--role {role} is not a role of {ref}"),
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


def word(key: str, lang: str, **fields: object) -> str:
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
