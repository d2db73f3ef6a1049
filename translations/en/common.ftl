# Words that several documents share (src/document/wording/mod.rs).

# Once in every report and in `show`. $guide is the guide's title as published.
guide-dated = The recommendations come from the guide “{ $guide }”, written in 2019-2020 after a meeting of ICSOs in Hong Kong in June 2019; facts from it are as of that time.
