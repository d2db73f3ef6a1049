# What combining several respondents' answers writes itself (src/analysis/aggregate).

# The reason of a question every respondent marked not applicable; $reason is the first
# respondent's own reason, as written.
agg-na-by-all = marked not applicable by all { $count } respondents: { $reason }
# The same when some respondents marked it and the others left it blank.
agg-na-by-some = marked not applicable by { $count } of { $total } respondents (the others did not answer): { $reason }
