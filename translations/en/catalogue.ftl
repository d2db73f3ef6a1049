# The catalogue's words (src/document/wording/catalogue.rs): `list`, `show R23`, and the overview
# bare `icso-assess` prints when it cannot ask questions. Titles of recommendations, parts and
# areas come from the guide's content, not from here.

## `list`.

# The HTML page's title.
cat-list-title = Recommendations
cat-part-and-area-column = Part and area
# Read aloud, one recommendation; $part is its part's number ("03"), $area its area's title.
cat-list-item-spoken = { $id }: { $title }. Part { $part }, { $area }.
# The same when it feeds key recommendations; $keys: "K1, K5".
cat-list-item-spoken-feeds = { $id }: { $title }. Part { $part }, { $area }; feeds { $keys }.
# Read aloud after the list.
cat-count-spoken = { $count } recommendations.
# After the list; $command is "`icso-assess show R07`".
cat-count = { $count ->
        [one] { $count } recommendation
       *[other] { $count } recommendations
    }. { $command } shows one in full.

## `show`.

cat-sub-points = Sub-points
cat-first-step-within-a-month = A first step within a month
cat-feeds-key = Feeds key recommendations
cat-asked-in-heading = Asked in
# Where a recommendation sits in its part, when it has a sub-theme: "sub-theme 3.1 Title".
cat-subtheme = sub-theme { $id } { $title }
# $number: its number in the guide; $part: the part's number ("03"); $place: its area's
# title, or cat-subtheme.
cat-place = Recommendation { $number } of the guide · Part { $part } { $part_title } · { $place }
# $tags: the tags' names, separated by commas.
cat-tags = Tags: { $tags }
# $audiences: who it is especially for, separated by cat-audience-separator.
cat-audiences = Especially for: { $audiences }
cat-audience-separator = {"; "}
# A questionnaire that asks about it: "quick (question R23): Do you …?".
cat-asked-in-line = { $questionnaire } (question { $question }): { $text }

## The overview.

# $tool is "icso-assess".
cat-overview-heading = { $tool }: readiness for China's global rise
cat-questionnaires = Questionnaires
# $list, $show, $help are commands: "`icso-assess list`".
cat-next = Next: { $list } to browse, { $show } to read one recommendation, { $help } for every command.
cat-overview-intro = { $recommendations } recommendations from the guide for internationally-operating civil society organisations, in { $parts } parts and { $areas } areas, summed up by { $key } key recommendations.
# After a questionnaire's id: "Advocacy quick check (16 questions, version 1.0)".
cat-questionnaire-line = { $title } ({ $questions } questions, version { $version })
