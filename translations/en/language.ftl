# The language itself: its name in its own language, and how it writes numbers.
language-name = English
# What separates the whole part of a number from its decimals in text (JSON and CSV keep a dot).
number-decimal-separator = .
# A percentage; $value is the number already written ("59").
number-percent = { $value }%
