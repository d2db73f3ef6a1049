//! Several respondents' answers to one questionnaire, combined: per-question statistics (lower
//! median, spread, counts), the combined answers the normal report scores, each respondent's own
//! score, and the questions where they disagree. Pure: no I/O, no clock.

pub mod agenda;
pub mod inputs;

use crate::analysis::scoring::{self, Coverage, Score};
use crate::answers::{Answer, Answers, State};
use crate::catalogue::Catalogue;
use crate::questionnaire::{Importance, Questionnaire};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// A spread of levels (highest minus lowest) at or above this is a disagreement to discuss.
pub const DISAGREEMENT_SPREAD: u8 = 2;

/// The longest reason an answers file accepts, in characters (the answers file's note limit):
/// the combined answers must load again after `--save-combined`.
const REASON_LIMIT: usize = 2000;

/// How many file names a warning lists before "and N more".
const NAMES_SHOWN: usize = 3;

/// One answers file going in.
#[derive(Debug, Clone)]
pub struct Input {
    /// How the report names it: see [`label`].
    pub label: String,
    /// The path as given, for the report and messages.
    pub path: String,
    pub answers: Answers,
}

impl Input {
    /// An input labelled by its respondent, else by its file name.
    pub fn new(path: impl Into<String>, answers: Answers) -> Input {
        let path = path.into();
        Input {
            label: label(&answers.respondent, &path),
            path,
            answers,
        }
    }
}

/// A file's label: its respondent, or its file name when the respondent is blank.
pub fn label(respondent: &str, path: &str) -> String {
    let respondent = respondent.split_whitespace().collect::<Vec<_>>().join(" ");
    if !respondent.is_empty() {
        return respondent;
    }
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// One respondent, as the overview shows them, scored alone.
#[derive(Debug, Clone)]
pub struct Respondent {
    /// In a [`Summary`], unique: a label given twice gets its file appended.
    pub label: String,
    pub file: String,
    /// The file's own header and profile, as written.
    pub questionnaire: String,
    pub questionnaire_version: String,
    pub respondent: String,
    pub organisation: String,
    pub date: String,
    pub profile: BTreeMap<String, String>,
    /// One entry per question of the questionnaire, in its order; `None` is unanswered. (Held
    /// by position, not in a map by id, since reports look up every respondent's answer to
    /// every question that divides them.)
    pub answers: Vec<Option<Answer>>,
    pub coverage: Coverage,
    pub overall: Score,
}

impl Respondent {
    /// An input, checked against `q`, scored alone and with its answers put in the order of `q`.
    /// With thousands of files this is most of the work after reading them, and it needs no
    /// other file: a caller may run it on several threads, on each file as it is read.
    pub fn new(cat: &Catalogue, q: &Questionnaire, input: Input) -> Respondent {
        let alone = scoring::score(cat, q, &input.answers);
        let a = input.answers;
        Respondent {
            label: input.label,
            file: input.path,
            answers: by_position(q, a.answers),
            questionnaire: a.questionnaire,
            questionnaire_version: a.questionnaire_version,
            respondent: a.respondent,
            organisation: a.organisation,
            date: a.date,
            profile: a.profile,
            coverage: alone.coverage,
            overall: alone.overall,
        }
    }
}

/// One question across the respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionStats {
    pub question: String,
    pub recommendation: String,
    /// Respondents who gave a level.
    pub n: usize,
    pub na: usize,
    pub unknown: usize,
    pub unanswered: usize,
    /// The lower median of the levels given; `None` when `n` is 0, like `min`, `max`, `spread`.
    pub median: Option<u8>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    pub spread: Option<u8>,
    /// The lower median of the importances set (low < medium < high), over answers that set one.
    pub importance: Option<Importance>,
    /// The lower median of the targets set, over answers that set one.
    pub target: Option<u8>,
}

impl QuestionStats {
    pub fn disagreement(&self) -> bool {
        self.spread.is_some_and(|s| s >= DISAGREEMENT_SPREAD)
    }
}

/// A question whose levels spread by [`DISAGREEMENT_SPREAD`] or more.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub question: String,
    pub recommendation: String,
    pub spread: u8,
    pub median: u8,
    pub min: u8,
    pub max: u8,
    /// The combined answer's priority, which orders disagreements of equal spread.
    pub priority: f64,
}

/// The profile the combined answers use for one profile question: its most common answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChoice {
    pub question: String,
    /// The option chosen most often (ties: the first in the questionnaire's order); `None` when
    /// no respondent answered the question.
    pub option: Option<String>,
    /// How many respondents chose it.
    pub count: usize,
    /// How many respondents answered the question.
    pub answered: usize,
}

/// Everything an aggregated report shows beyond the normal report of the combined answers.
#[derive(Debug, Clone)]
pub struct Summary {
    /// In the order the files were given; anonymised, in the order of their letters.
    pub respondents: Vec<Respondent>,
    /// In questionnaire order.
    pub questions: Vec<QuestionStats>,
    /// Largest spread first, then highest priority, then questionnaire order.
    pub disagreements: Vec<Disagreement>,
    /// In questionnaire order.
    pub profile: Vec<ProfileChoice>,
    /// How many different organisations the files name (trimmed, case kept, blanks aside).
    pub organisations: usize,
    /// The earliest and the latest date the files give (`YYYY-MM-DD`); both empty when no file
    /// is dated.
    pub dates: (String, String),
    /// Made by [`combine_anonymised`]: the respondents are named by letters, their files,
    /// names, organisations and dates blanked.
    pub anonymised: bool,
}

impl Summary {
    pub fn stats(&self, question: &str) -> Option<&QuestionStats> {
        self.questions.iter().find(|s| s.question == question)
    }

    /// Each respondent with their answer to `question` (`None`: unanswered), in file order.
    pub fn answers_to<'s>(
        &'s self,
        question: &str,
    ) -> impl Iterator<Item = (&'s Respondent, Option<&'s Answer>)> + 's {
        let at = self.questions.iter().position(|s| s.question == question);
        self.respondents
            .iter()
            .map(move |r| (r, at.and_then(|n| r.answers.get(n)?.as_ref())))
    }
}

/// The result: combined answers to score and report, the summary, and warnings for the user.
#[derive(Debug, Clone)]
pub struct Aggregate {
    pub combined: Answers,
    pub summary: Summary,
    /// Things the user should know but that do not stop the aggregate, one sentence each.
    pub warnings: Vec<String>,
}

/// The lower median: the middle value of an odd count, the lower of the two middle values of an
/// even count (so the result is always a value someone gave). `None` for no values.
pub fn lower_median<T: Ord + Copy>(values: &mut [T]) -> Option<T> {
    if values.is_empty() {
        return None;
    }
    let middle = (values.len() - 1) / 2;
    let (_, m, _) = values.select_nth_unstable(middle);
    Some(*m)
}

/// The most common value, ties going to the value listed first in `order`. Values not in
/// `order` are not counted.
pub fn mode<'v>(
    values: impl Iterator<Item = &'v str>,
    order: &[&'v str],
) -> Option<(&'v str, usize)> {
    let mut counts = vec![0usize; order.len()];
    for v in values {
        if let Some(i) = order.iter().position(|o| *o == v) {
            counts[i] += 1;
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, &c) in counts.iter().enumerate() {
        if c > 0 && best.is_none_or(|(_, bc)| c > bc) {
            best = Some((i, c));
        }
    }
    best.map(|(i, c)| (order[i], c))
}

/// The lower median of values given as counts (`counts[v]` = how many gave `v`).
fn median_of_counts(counts: &[usize]) -> Option<usize> {
    let total: usize = counts.iter().sum();
    let middle = total.checked_sub(1)? / 2;
    let mut seen = 0;
    counts.iter().position(|&c| {
        seen += c;
        seen > middle
    })
}

/// One question's answers, counted: levels and targets by value, importances by rank.
struct Tally {
    levels: [usize; 256],
    targets: [usize; 256],
    importances: [usize; 3],
    na: usize,
    unknown: usize,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            levels: [0; 256],
            targets: [0; 256],
            importances: [0; 3],
            na: 0,
            unknown: 0,
        }
    }

    fn add(&mut self, answer: &Answer) {
        match answer.state {
            State::Level(l) => self.levels[usize::from(l)] += 1,
            State::NotApplicable(_) => self.na += 1,
            State::Unknown => self.unknown += 1,
        }
        if let Some(i) = answer.importance {
            self.importances[i as usize] += 1;
        }
        if let Some(t) = answer.target {
            self.targets[usize::from(t)] += 1;
        }
    }

    fn stats(&self, question: &str, recommendation: &str, respondents: usize) -> QuestionStats {
        let level = |v: usize| u8::try_from(v).ok();
        let n: usize = self.levels.iter().sum();
        let min = self.levels.iter().position(|&c| c > 0).and_then(level);
        let max = self.levels.iter().rposition(|&c| c > 0).and_then(level);
        QuestionStats {
            question: question.to_string(),
            recommendation: recommendation.to_string(),
            n,
            na: self.na,
            unknown: self.unknown,
            unanswered: respondents - n - self.na - self.unknown,
            median: median_of_counts(&self.levels).and_then(level),
            min,
            max,
            spread: min.zip(max).map(|(lo, hi)| hi - lo),
            importance: median_of_counts(&self.importances).map(|i| Importance::ALL[i]),
            target: median_of_counts(&self.targets).and_then(level),
        }
    }
}

/// A file's answers by position in the questionnaire: the answers (a map sorted by id) are
/// matched in one pass against the question ids, sorted. Ids not in the questionnaire are
/// dropped.
fn by_position(q: &Questionnaire, answers: BTreeMap<String, Answer>) -> Vec<Option<Answer>> {
    let mut ids: Vec<(&str, usize)> = q
        .questions
        .iter()
        .enumerate()
        .map(|(n, x)| (x.id.as_str(), n))
        .collect();
    ids.sort_unstable();
    let mut out: Vec<Option<Answer>> = ids.iter().map(|_| None).collect();
    let mut at = 0;
    for (id, answer) in answers {
        while at < ids.len() && ids[at].0 < id.as_str() {
            at += 1;
        }
        match ids.get(at) {
            Some(&(qid, n)) if qid == id => out[n] = Some(answer),
            Some(_) => {}
            None => break,
        }
    }
    out
}

/// Statistics of every question of `q`, in its order, in one pass over the respondents.
fn question_stats(q: &Questionnaire, respondents: &[Respondent]) -> Vec<QuestionStats> {
    let mut tallies: Vec<Tally> = q.questions.iter().map(|_| Tally::new()).collect();
    for r in respondents {
        for (tally, answer) in tallies.iter_mut().zip(&r.answers) {
            if let Some(a) = answer {
                tally.add(a);
            }
        }
    }
    q.questions
        .iter()
        .zip(&tallies)
        .map(|(x, t)| t.stats(&x.id, &x.recommendation, respondents.len()))
        .collect()
}

/// The combined answer to question number `at`, from its statistics; `None` leaves it
/// unanswered.
fn combined_answer(at: usize, stats: &QuestionStats, respondents: &[Respondent]) -> Option<Answer> {
    let state = if let Some(level) = stats.median {
        State::Level(level)
    } else if stats.unknown > 0 {
        State::Unknown
    } else if stats.na > 0 {
        let first = respondents
            .iter()
            .find_map(|r| match &r.answers.get(at)?.as_ref()?.state {
                State::NotApplicable(reason) => Some(reason.as_str()),
                _ => None,
            })
            .unwrap_or("");
        // A reason people read, in the language of the run that combined the answers.
        let reason = if stats.na == respondents.len() {
            crate::t!("agg-na-by-all", count = stats.na, reason = first.to_owned())
        } else {
            crate::t!(
                "agg-na-by-some",
                count = stats.na,
                total = respondents.len(),
                reason = first.to_owned()
            )
        };
        State::NotApplicable(crate::ellipsized(&reason, REASON_LIMIT))
    } else {
        return None;
    };
    let scored = !matches!(state, State::NotApplicable(_));
    // What any respondent named as evidence, once each, in the respondents' order, as many as
    // one answer may hold: the combined level rests on all of it.
    let mut evidence: Vec<String> = Vec::new();
    if scored {
        let named = respondents
            .iter()
            .filter_map(|r| r.answers.get(at)?.as_ref())
            .flat_map(|a| &a.evidence);
        for e in named {
            if evidence.len() == crate::answers::limits::EVIDENCE_ITEMS {
                break;
            }
            if !evidence.contains(e) {
                evidence.push(e.clone());
            }
        }
    }
    Some(Answer {
        importance: stats.importance.filter(|_| scored),
        target: stats.target.filter(|_| scored),
        evidence,
        ..Answer::new(state)
    })
}

/// Up to three names joined ("a, b and c"), then "and N more": for messages that name files.
pub fn names<S: AsRef<str>>(list: &[S]) -> String {
    let mut shown: Vec<&str> = list.iter().take(NAMES_SHOWN).map(AsRef::as_ref).collect();
    let more = crate::t!(
        "err-list-more",
        count = list.len().saturating_sub(NAMES_SHOWN)
    );
    if list.len() > NAMES_SHOWN {
        shown.push(&more);
    }
    match shown.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => crate::t!(
            "err-list-and",
            rest = rest.join(", "),
            last = last.to_string()
        ),
    }
}

/// The text a respondent name is compared by: case and spacing do not make a new respondent.
fn respondent_key(respondent: &str) -> String {
    respondent
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Labels made unique: a label given more than once gets its file appended, then a number if
/// the same file was given twice.
fn unique_labels(respondents: &mut [Respondent]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for r in respondents.iter() {
        *count.entry(r.label.clone()).or_default() += 1;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in respondents.iter_mut() {
        if count[&r.label] > 1 {
            r.label = format!("{} ({})", r.label, r.file);
            let n = seen.entry(r.label.clone()).or_default();
            *n += 1;
            if *n > 1 {
                r.label.push_str(&format!(" ({n})"));
            }
        }
    }
}

/// Warnings about the inputs: a respondent in several files, and files that are themselves
/// combined answers.
fn input_warnings(inputs: &[Respondent]) -> Vec<String> {
    let mut warnings = Vec::new();
    let mut by_respondent: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, i) in inputs.iter().enumerate() {
        let key = respondent_key(&i.respondent);
        if !key.is_empty() {
            by_respondent.entry(key).or_default().push(n);
        }
    }
    let mut repeated: Vec<&Vec<usize>> = by_respondent.values().filter(|v| v.len() > 1).collect();
    repeated.sort_by_key(|v| v[0]);
    for files in repeated {
        let paths: Vec<&str> = files.iter().map(|&n| inputs[n].file.as_str()).collect();
        warnings.push(crate::t!(
            "warn-respondent-repeated",
            respondent = inputs[files[0]].label.clone(),
            count = files.len(),
            files = names(&paths)
        ));
    }
    for i in inputs {
        if i.respondent.starts_with("Combined: ") {
            warnings.push(crate::t!(
                "warn-input-combined",
                file = i.file.clone(),
                respondent = i.respondent.clone()
            ));
        }
        if i.respondent.starts_with("Workshop: ") {
            warnings.push(crate::t!(
                "warn-input-workshop",
                file = i.file.clone(),
                respondent = i.respondent.clone()
            ));
        }
    }
    warnings
}

/// The organisation named most often (ties: the first named), ignoring blanks, and a warning
/// when the files name more than one.
fn organisation(inputs: &[Respondent]) -> (String, Option<String>) {
    let mut order: Vec<&str> = Vec::new();
    let mut files: HashMap<&str, Vec<&str>> = HashMap::new();
    for i in inputs {
        let org = i.organisation.trim();
        if org.is_empty() {
            continue;
        }
        let list = files.entry(org).or_default();
        if list.is_empty() {
            order.push(org);
        }
        list.push(&i.file);
    }
    let Some(&chosen) = order
        .iter()
        .enumerate()
        .max_by(|(ai, a), (bi, b)| files[**a].len().cmp(&files[**b].len()).then(bi.cmp(ai)))
        .map(|(_, o)| o)
    else {
        return (String::new(), None);
    };
    if order.len() == 1 {
        return (chosen.to_string(), None);
    }
    let others: Vec<String> = order
        .iter()
        .filter(|o| **o != chosen)
        .map(|o| {
            crate::t!(
                "warn-organisation-in",
                organisation = (*o).to_owned(),
                files = names(&files[o])
            )
        })
        .collect();
    let warning = crate::t!(
        "warn-organisations-differ",
        count = order.len(),
        chosen = chosen.to_owned(),
        chosen_files = files[chosen].len(),
        files = inputs.len(),
        others = others.join(&crate::t!("err-list-semicolon"))
    );
    (chosen.to_string(), Some(warning))
}

/// The letters that name respondent number `n` (from 0) in an anonymised report: A to Z, then
/// AA to AZ, BA to ZZ, then AAA and so on (each sequence of letters once, none skipped).
pub fn letters(n: usize) -> String {
    let mut rest = n;
    let mut out = Vec::new();
    loop {
        // `rest % 26` is below 26, so the cast keeps it whole.
        out.push(b'A' + (rest % 26) as u8);
        rest /= 26;
        if rest == 0 {
            break;
        }
        rest -= 1;
    }
    out.reverse();
    out.into_iter().map(char::from).collect()
}

/// A small pseudo-random sequence (SplitMix64) from one seed: enough to shuffle respondents
/// so that their letters say nothing of their files; not for secrets.
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0), near enough uniform for any number of respondents.
    fn below(&mut self, n: usize) -> usize {
        let n = n as u128;
        // The product's top 64 bits are below `n`, so they fit back in a usize.
        ((u128::from(self.next()) * n) >> 64) as usize
    }
}

/// The respondents shuffled by `seed`, named by `name` of their [`letters`] in their new
/// order, and their file, respondent, organisation and date blanked: see [`combine_anonymised`].
fn anonymise(respondents: &mut [Respondent], seed: u64, name: &Naming) {
    let mut draw = Shuffler(seed);
    // Fisher-Yates: every order equally likely.
    for i in (1..respondents.len()).rev() {
        respondents.swap(i, draw.below(i + 1));
    }
    for (n, r) in respondents.iter_mut().enumerate() {
        r.label = name(&letters(n));
        r.file.clear();
        r.respondent.clear();
        r.organisation.clear();
        r.date.clear();
    }
}

/// Combine `inputs`, all checked answers to `q`, in the order given.
pub fn aggregate(cat: &Catalogue, q: &Questionnaire, inputs: Vec<Input>) -> Aggregate {
    let respondents = inputs
        .into_iter()
        .map(|i| Respondent::new(cat, q, i))
        .collect();
    combine(cat, q, respondents)
}

/// [`aggregate`] of respondents already made with [`Respondent::new`] against `q`, in the order
/// given.
pub fn combine(cat: &Catalogue, q: &Questionnaire, respondents: Vec<Respondent>) -> Aggregate {
    combine_with(cat, q, respondents, None)
}

/// [`combine`], with the respondents made anonymous once the warnings, the organisation and the
/// dates are taken from their files: put in an order drawn from `seed` (the caller's random
/// number, new each run, so the letters follow neither the files' names nor their order), named
/// in that order by `name` of their [`letters`] ("Respondent A"), their file, respondent,
/// organisation and date blanked. The combined answers are then made in the letters' order, so
/// which reason is quoted and which evidence comes first follows no file either. Notes, evidence
/// and reasons stay as written.
pub fn combine_anonymised(
    cat: &Catalogue,
    q: &Questionnaire,
    respondents: Vec<Respondent>,
    seed: u64,
    name: impl Fn(&str) -> String,
) -> Aggregate {
    combine_with(cat, q, respondents, Some((seed, &name)))
}

/// How anonymised respondents are named from their letters.
type Naming<'n> = dyn Fn(&str) -> String + 'n;

fn combine_with(
    cat: &Catalogue,
    q: &Questionnaire,
    mut respondents: Vec<Respondent>,
    anonymous: Option<(u64, &Naming)>,
) -> Aggregate {
    // Taken from the files as given: these name them, or do not depend on their order.
    let mut warnings = input_warnings(&respondents);
    let (organisation, org_warning) = organisation(&respondents);
    warnings.extend(org_warning);
    unique_labels(&mut respondents);
    let organisations = respondents
        .iter()
        .map(|r| r.organisation.trim())
        .filter(|o| !o.is_empty())
        .collect::<BTreeSet<&str>>()
        .len();
    // Dates are YYYY-MM-DD or empty, so text order is time order.
    let dated = || {
        respondents
            .iter()
            .map(|r| r.date.as_str())
            .filter(|d| !d.is_empty())
    };
    let dates = (
        dated().min().unwrap_or("").to_string(),
        dated().max().unwrap_or("").to_string(),
    );
    if let Some((seed, name)) = anonymous {
        anonymise(&mut respondents, seed, name);
    }

    let profile = profile_choices(q, &respondents);

    let first = respondents.first();
    let mut combined = Answers {
        questionnaire: first.map_or_else(|| q.id.clone(), |r| r.questionnaire.clone()),
        questionnaire_version: first
            .map_or_else(|| q.version.clone(), |r| r.questionnaire_version.clone()),
        organisation,
        respondent: format!(
            "Combined: {} respondent{}",
            respondents.len(),
            if respondents.len() == 1 { "" } else { "s" }
        ),
        date: dates.1.clone(),
        profile: profile
            .iter()
            .filter_map(|p| Some((p.question.clone(), p.option.clone()?)))
            .collect(),
        answers: BTreeMap::new(),
        workshop: None,
    };

    let questions = question_stats(q, &respondents);
    combined.answers = questions
        .iter()
        .enumerate()
        .filter_map(|(n, s)| Some((s.question.clone(), combined_answer(n, s, &respondents)?)))
        .collect();

    let disagreements = disagreements(&questions, &scoring::score(cat, q, &combined));

    Aggregate {
        combined,
        summary: Summary {
            respondents,
            questions,
            disagreements,
            profile,
            organisations,
            dates,
            anonymised: anonymous.is_some(),
        },
        warnings,
    }
}

/// The most chosen option of each profile question (ties in the questionnaire's order).
fn profile_choices(q: &Questionnaire, respondents: &[Respondent]) -> Vec<ProfileChoice> {
    q.profile
        .iter()
        .map(|pq| {
            let order: Vec<&str> = pq.options.iter().map(|o| o.id.as_str()).collect();
            let given = || {
                respondents
                    .iter()
                    .filter_map(|r| r.profile.get(&pq.id).map(String::as_str))
            };
            let chosen = mode(given(), &order);
            ProfileChoice {
                question: pq.id.clone(),
                option: chosen.map(|(o, _)| o.to_string()),
                count: chosen.map_or(0, |(_, c)| c),
                answered: given().count(),
            }
        })
        .collect()
}

/// The questions respondents disagree on, the widest spread first, then the most urgent.
fn disagreements(questions: &[QuestionStats], scored: &scoring::Scored) -> Vec<Disagreement> {
    let priority = |question: &str| {
        scored
            .items
            .iter()
            .find(|i| i.question == question)
            .map_or(0.0, |i| i.priority)
    };
    let mut disagreements: Vec<Disagreement> = questions
        .iter()
        .filter(|s| s.disagreement())
        .filter_map(|s| {
            Some(Disagreement {
                question: s.question.clone(),
                recommendation: s.recommendation.clone(),
                spread: s.spread?,
                median: s.median?,
                min: s.min?,
                max: s.max?,
                priority: priority(&s.question),
            })
        })
        .collect();
    // Stable: equal spread and priority keep the questionnaire's order.
    disagreements.sort_by(|a, b| {
        b.spread
            .cmp(&a.spread)
            .then(b.priority.total_cmp(&a.priority))
    });
    disagreements
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::mini;

    fn answers(respondent: &str, r01: Option<State>, r02: Option<State>) -> Answers {
        let mut a = crate::testing::full_answers("Acme", respondent, "2026-01-01");
        for (id, state) in [("R01", r01), ("R02", r02)] {
            if let Some(state) = state {
                a.answers.insert(id.into(), Answer::new(state));
            }
        }
        a
    }

    fn lv(l: u8) -> Option<State> {
        Some(State::Level(l))
    }

    fn run(inputs: Vec<Answers>) -> Aggregate {
        let data = mini();
        let q = data.questionnaire("full").expect("full");
        let inputs = inputs
            .into_iter()
            .enumerate()
            .map(|(n, a)| Input::new(format!("dir/{n}.toml"), a))
            .collect();
        aggregate(&data.catalogue, q, inputs)
    }

    #[test]
    fn lower_median_of_odd_and_even_counts() {
        assert_eq!(lower_median::<u8>(&mut []), None);
        assert_eq!(lower_median(&mut [3u8]), Some(3));
        assert_eq!(lower_median(&mut [4u8, 0, 2]), Some(2));
        assert_eq!(lower_median(&mut [4u8, 1, 3, 0, 2]), Some(2));
        // Even: the lower of the two middle values, never their mean.
        assert_eq!(lower_median(&mut [1u8, 3]), Some(1));
        assert_eq!(lower_median(&mut [4u8, 3, 0, 1]), Some(1));
        assert_eq!(lower_median(&mut [2u8, 2, 4, 4]), Some(2));
    }

    #[test]
    fn median_of_counts_is_the_lower_median() {
        assert_eq!(median_of_counts(&[0, 0, 0]), None);
        for values in [
            &[4u8, 1, 3, 0, 2][..],
            &[1, 3],
            &[4, 3, 0, 1],
            &[2, 2, 4, 4],
            &[0],
            &[3, 3, 3, 0],
        ] {
            let mut counts = [0usize; 5];
            for &v in values {
                counts[usize::from(v)] += 1;
            }
            let expected = lower_median(&mut values.to_vec()).map(usize::from);
            assert_eq!(median_of_counts(&counts), expected, "{values:?}");
        }
    }

    #[test]
    fn respondents_made_apart_combine_like_aggregate() {
        let data = mini();
        let q = data.questionnaire("full").expect("full");
        let inputs: Vec<Input> = (0..20u8)
            .map(|n| {
                let l = n % 5;
                Input::new(
                    format!("{n}.toml"),
                    answers(&format!("R{n}"), lv(l), lv(4 - l)),
                )
            })
            .collect();
        let made: Vec<Respondent> = inputs
            .iter()
            .cloned()
            .map(|i| Respondent::new(&data.catalogue, q, i))
            .collect();
        let a = aggregate(&data.catalogue, q, inputs);
        let b = combine(&data.catalogue, q, made);
        assert_eq!(a.combined, b.combined);
        assert_eq!(a.summary.questions, b.summary.questions);
        // Respondent 19: R01 at 4 (all of target 3), R02 at 0: the mean of the two areas.
        assert_eq!(b.summary.respondents[19].overall.score, Some(50.0));
        assert_eq!(b.summary.respondents[19].answers[1], Some(Answer::level(0)));
    }

    #[test]
    fn median_min_max_and_spread() {
        let a = run(vec![
            answers("A", lv(4), lv(2)),
            answers("B", lv(1), lv(2)),
            answers("C", lv(3), lv(3)),
            answers("D", lv(0), None),
        ]);
        let r01 = a.summary.stats("R01").expect("R01");
        assert_eq!(
            (r01.n, r01.median, r01.min, r01.max, r01.spread),
            (4, Some(1), Some(0), Some(4), Some(4))
        );
        assert!(r01.disagreement());
        let r02 = a.summary.stats("R02").expect("R02");
        assert_eq!(
            (r02.n, r02.unanswered, r02.median, r02.spread),
            (3, 1, Some(2), Some(1))
        );
        assert!(!r02.disagreement());
        assert_eq!(a.combined.answers["R01"].state, State::Level(1));
        assert_eq!(a.combined.answers["R02"].state, State::Level(2));
        assert_eq!(a.combined.respondent, "Combined: 4 respondents");
        assert_eq!(
            a.summary
                .disagreements
                .iter()
                .map(|d| d.question.as_str())
                .collect::<Vec<_>>(),
            ["R01"]
        );
    }

    #[test]
    fn all_not_applicable_gives_the_first_reason() {
        let na = |r: &str| Some(State::NotApplicable(r.into()));
        let a = run(vec![
            answers("A", lv(2), na("no tech work")),
            answers("B", lv(2), na("we buy no software")),
        ]);
        let r02 = a.summary.stats("R02").expect("R02");
        assert_eq!((r02.n, r02.na, r02.median, r02.spread), (0, 2, None, None));
        assert_eq!(
            a.combined.answers["R02"].state,
            State::NotApplicable("marked not applicable by all 2 respondents: no tech work".into())
        );
        assert_eq!(a.combined.answers["R02"].note, None);

        // One level among the n/a answers: the level wins.
        let a = run(vec![
            answers("A", lv(2), na("x")),
            answers("B", lv(2), lv(1)),
        ]);
        assert_eq!(a.combined.answers["R02"].state, State::Level(1));

        // Some n/a, the rest unanswered: still n/a, saying how many.
        let a = run(vec![
            answers("A", lv(2), na("x")),
            answers("B", lv(2), None),
        ]);
        assert_eq!(
            a.combined.answers["R02"].state,
            State::NotApplicable(
                "marked not applicable by 1 of 2 respondents (the others did not answer): x".into()
            )
        );

        // A reason at the limit still fits the limit once combined.
        let long = "x".repeat(REASON_LIMIT);
        let a = run(vec![
            answers("A", lv(2), na(&long)),
            answers("B", lv(2), na("y")),
        ]);
        let State::NotApplicable(reason) = &a.combined.answers["R02"].state else {
            panic!("not n/a");
        };
        assert_eq!(reason.chars().count(), REASON_LIMIT);
        assert!(reason.ends_with('…'));
    }

    #[test]
    fn all_unknown_and_unknown_beside_not_applicable() {
        let a = run(vec![
            answers("A", lv(1), Some(State::Unknown)),
            answers("B", lv(1), Some(State::Unknown)),
        ]);
        let r02 = a.summary.stats("R02").expect("R02");
        assert_eq!((r02.n, r02.unknown, r02.median), (0, 2, None));
        assert_eq!(a.combined.answers["R02"].state, State::Unknown);

        let a = run(vec![
            answers("A", lv(1), Some(State::Unknown)),
            answers("B", lv(1), Some(State::NotApplicable("x".into()))),
        ]);
        assert_eq!(a.combined.answers["R02"].state, State::Unknown);

        // Nobody answered: the combined answers leave it unanswered.
        let a = run(vec![answers("A", lv(1), None), answers("B", lv(1), None)]);
        assert!(!a.combined.answers.contains_key("R02"));
        assert_eq!(a.summary.stats("R02").map(|s| s.unanswered), Some(2));
    }

    #[test]
    fn importance_and_target_medians_over_answers_that_set_one() {
        let with = |imp: Option<Importance>, target: Option<u8>| {
            let mut a = answers("X", lv(2), lv(2));
            let ans = a.answers.get_mut("R01").expect("R01");
            ans.importance = imp;
            ans.target = target;
            a
        };
        let a = run(vec![
            with(Some(Importance::High), Some(4)),
            with(Some(Importance::Low), None),
            with(None, None),
            with(Some(Importance::High), Some(2)),
            with(Some(Importance::Medium), None),
        ]);
        let r01 = a.summary.stats("R01").expect("R01");
        // Set four times: low, medium, high, high -> the lower median is medium.
        assert_eq!(r01.importance, Some(Importance::Medium));
        assert_eq!(r01.target, Some(2));
        assert_eq!(
            a.combined.answers["R01"].importance,
            Some(Importance::Medium)
        );
        assert_eq!(a.combined.answers["R01"].target, Some(2));

        // Nobody sets one: none, so the profile rules apply when scoring.
        let r02 = a.summary.stats("R02").expect("R02");
        assert_eq!((r02.importance, r02.target), (None, None));
        assert_eq!(a.combined.answers["R02"].importance, None);
    }

    #[test]
    fn profile_takes_the_most_common_answer_ties_to_the_option_order() {
        let with = |orientation: Option<&str>| {
            let mut a = answers("X", lv(2), lv(2));
            a.profile.clear();
            if let Some(o) = orientation {
                a.profile.insert("orientation".into(), o.into());
            }
            a
        };
        let data = mini();
        let q = data.questionnaire("full").expect("full");
        let options: Vec<&str> = q.profile[0].options.iter().map(|o| o.id.as_str()).collect();
        assert!(options.len() >= 2, "{options:?}");
        let (first, second) = (options[0], options[1]);

        let a = run(vec![
            with(Some(second)),
            with(Some(first)),
            with(Some(second)),
            with(None),
        ]);
        assert_eq!(
            a.summary.profile[0],
            ProfileChoice {
                question: "orientation".into(),
                option: Some(second.into()),
                count: 2,
                answered: 3
            }
        );
        assert_eq!(a.combined.profile["orientation"], second);

        // A tie goes to the option listed first, whatever the file order.
        let a = run(vec![with(Some(second)), with(Some(first))]);
        assert_eq!(a.summary.profile[0].option.as_deref(), Some(first));

        let a = run(vec![with(None), with(None)]);
        assert_eq!(a.summary.profile[0].option, None);
        assert!(a.combined.profile.is_empty());
    }

    #[test]
    fn disagreements_sort_by_spread_then_priority() {
        // R01 (key, medium) and R02 (high by the advocacy profile rule) both spread 2.
        let mut inputs = vec![answers("A", lv(1), lv(1)), answers("B", lv(3), lv(3))];
        for a in &mut inputs {
            a.profile.insert("orientation".into(), "advocacy".into());
        }
        let a = run(inputs.clone());
        let d = &a.summary.disagreements;
        assert_eq!(d.len(), 2);
        // Both combine to level 1 (lower median): R01 20.0 (2 x 1.25 x 8), R02 24.0 (3 x 8).
        assert_eq!(d[0].question, "R02");
        assert_eq!(d[0].priority, 24.0);
        assert_eq!(d[1].question, "R01");
        assert_eq!(d[1].priority, 20.0);

        // A larger spread comes first whatever its priority.
        inputs[1].answers.get_mut("R01").expect("R01").state = State::Level(4);
        let a = run(inputs);
        assert_eq!(a.summary.disagreements[0].question, "R01");
        assert_eq!(a.summary.disagreements[0].spread, 3);
    }

    #[test]
    fn respondents_are_scored_alone_and_labelled() {
        let a = run(vec![
            answers("A", lv(3), lv(3)),
            answers("", lv(0), Some(State::Unknown)),
        ]);
        let r = &a.summary.respondents;
        assert_eq!(r[0].label, "A");
        assert_eq!(r[0].overall.score, Some(100.0));
        assert_eq!(r[1].label, "1.toml");
        assert_eq!(r[1].file, "dir/1.toml");
        assert_eq!(r[1].coverage.answered, 1);
        assert_eq!(r[1].coverage.unknown, 1);
        assert_eq!(r[1].overall.score, Some(0.0));
        let views: Vec<(&str, Option<&State>)> = a
            .summary
            .answers_to("R02")
            .map(|(r, ans)| (r.label.as_str(), ans.map(|x| &x.state)))
            .collect();
        assert_eq!(
            views,
            [
                ("A", Some(&State::Level(3))),
                ("1.toml", Some(&State::Unknown))
            ]
        );
    }

    #[test]
    fn repeated_respondents_warn_and_get_distinct_labels() {
        let a = run(vec![
            answers("Nairobi office", lv(1), lv(1)),
            answers("nairobi  Office", lv(1), lv(1)),
            answers("Nairobi office", lv(1), lv(1)),
        ]);
        let labels: Vec<&str> = a
            .summary
            .respondents
            .iter()
            .map(|r| r.label.as_str())
            .collect();
        assert_eq!(
            labels,
            [
                "Nairobi office (dir/0.toml)",
                "nairobi Office",
                "Nairobi office (dir/2.toml)"
            ]
        );
        assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
        assert!(
            a.warnings[0].starts_with(
                "respondent \"Nairobi office\" answers in 3 files, dir/0.toml, dir/1.toml and dir/2.toml;"
            ),
            "{}",
            a.warnings[0]
        );
    }

    #[test]
    fn organisation_is_the_most_common_and_date_the_latest() {
        let mut inputs = vec![
            answers("A", lv(1), lv(1)),
            answers("B", lv(1), lv(1)),
            answers("C", lv(1), lv(1)),
            answers("D", lv(1), lv(1)),
        ];
        inputs[0].organisation = "Acme Intl".into();
        inputs[3].organisation = String::new();
        inputs[1].date = "2026-03-01".into();
        inputs[2].date = String::new();
        let a = run(inputs);
        assert_eq!(a.combined.organisation, "Acme");
        assert_eq!(a.combined.date, "2026-03-01");
        assert_eq!(a.warnings.len(), 1);
        assert!(
            a.warnings[0].contains("\"Acme\" (2 of 4 files)"),
            "{}",
            a.warnings[0]
        );
        assert!(
            a.warnings[0].contains("\"Acme Intl\" in dir/0.toml"),
            "{}",
            a.warnings[0]
        );

        // A tie goes to the organisation named first.
        let mut inputs = vec![answers("A", lv(1), lv(1)), answers("B", lv(1), lv(1))];
        inputs[0].organisation = "Zeta".into();
        let a = run(inputs);
        assert_eq!(a.combined.organisation, "Zeta");
    }

    #[test]
    fn letters_run_a_to_z_then_aa_to_zz_then_aaa() {
        let shown: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702, 703, 9999]
            .into_iter()
            .map(letters)
            .collect();
        assert_eq!(
            shown,
            [
                "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "AAB", "NTP"
            ]
        );
        // Every name once, in order: shortest first, then alphabetical.
        let all: Vec<String> = (0..20_000).map(letters).collect();
        assert!(
            all.windows(2)
                .all(|w| (w[0].len(), &w[0]) < (w[1].len(), &w[1])),
            "not in order"
        );
        assert!(
            all.iter()
                .all(|l| l.bytes().all(|b| b.is_ascii_uppercase()))
        );
    }

    /// `run`, anonymised with `seed`.
    fn run_anonymised(inputs: Vec<Answers>, seed: u64) -> Aggregate {
        let data = mini();
        let q = data.questionnaire("full").expect("full");
        let made = inputs
            .into_iter()
            .enumerate()
            .map(|(n, a)| {
                Respondent::new(&data.catalogue, q, Input::new(format!("dir/{n}.toml"), a))
            })
            .collect();
        combine_anonymised(&data.catalogue, q, made, seed, |l| {
            format!("Respondent {l}")
        })
    }

    #[test]
    fn anonymise_names_by_letter_in_a_drawn_order_and_blanks_who_and_where() {
        let inputs: Vec<Answers> = (0..6u8)
            .map(|n| {
                let mut a = answers(&format!("Office {n}"), lv(n % 5), lv(2));
                a.answers.get_mut("R01").expect("R01").note = Some(format!("note {n}"));
                if n == 0 {
                    a.organisation = "Acme Intl".into();
                }
                a.date = format!("2026-01-0{}", n + 1);
                a
            })
            .collect();
        let plain = run(inputs.clone());
        let mut orders = BTreeSet::new();
        for seed in 0..20 {
            let a = run_anonymised(inputs.clone(), seed);
            let s = &a.summary;
            assert!(s.anonymised);
            let labels: Vec<&str> = s.respondents.iter().map(|r| r.label.as_str()).collect();
            assert_eq!(
                labels,
                [
                    "Respondent A",
                    "Respondent B",
                    "Respondent C",
                    "Respondent D",
                    "Respondent E",
                    "Respondent F"
                ]
            );
            for r in &s.respondents {
                assert_eq!(
                    (&*r.file, &*r.respondent, &*r.organisation, &*r.date),
                    ("", "", "", "")
                );
            }
            // Each respondent keeps their own answers, notes and score under their letter.
            let order: Vec<String> = s
                .respondents
                .iter()
                .map(|r| {
                    let note = r.answers[0].as_ref().and_then(|x| x.note.clone());
                    let note = note.expect("a note");
                    let n: usize = note["note ".len()..].parse().expect("a number");
                    assert_eq!(r.overall, plain.summary.respondents[n].overall);
                    assert_eq!(r.answers, plain.summary.respondents[n].answers);
                    note
                })
                .collect();
            orders.insert(order);
            // Taken from the files before they were blanked: the warnings name them.
            assert_eq!(a.warnings, plain.warnings);
            assert!(a.warnings[0].contains("dir/0.toml"), "{:?}", a.warnings);
            // The rest does not depend on the order here (no reason or evidence to quote).
            assert_eq!(a.combined, plain.combined);
            assert_eq!(a.combined.organisation, "Acme");
            assert_eq!(s.questions, plain.summary.questions);
            assert_eq!(s.disagreements, plain.summary.disagreements);
            assert_eq!(s.profile, plain.summary.profile);
            assert_eq!(s.organisations, 2);
            assert_eq!(s.dates, ("2026-01-01".into(), "2026-01-06".into()));
        }
        // Seeds draw different orders, and not always the files' order (1 in 720 for each).
        assert!(orders.len() > 10, "{orders:?}");
        let files: Vec<String> = (0..6).map(|n| format!("note {n}")).collect();
        assert!(orders.iter().any(|o| *o != files));
        assert!(!plain.summary.anonymised);
    }

    #[test]
    fn anonymised_combined_answers_quote_in_the_letters_order() {
        let inputs: Vec<Answers> = (0..4u8)
            .map(|n| {
                let na = Some(State::NotApplicable(format!("reason {n}")));
                let mut a = answers(&format!("Office {n}"), lv(2), na);
                a.answers.get_mut("R01").expect("R01").evidence = vec![format!("evidence {n}")];
                a
            })
            .collect();
        // As given, the first file's reason and evidence come first.
        let plain = run(inputs.clone());
        assert!(
            matches!(&plain.combined.answers["R02"].state, State::NotApplicable(r) if r.ends_with(": reason 0"))
        );
        assert_eq!(plain.combined.answers["R01"].evidence[0], "evidence 0");
        let mut quoted = BTreeSet::new();
        for seed in 0..20 {
            let a = run_anonymised(inputs.clone(), seed);
            // Respondent A's reason is quoted, and the evidence follows the letters.
            let first = &a.summary.respondents[0].answers;
            let State::NotApplicable(reason) = &first[1].as_ref().expect("R02").state else {
                panic!("not n/a");
            };
            let State::NotApplicable(combined) = &a.combined.answers["R02"].state else {
                panic!("not n/a");
            };
            assert!(combined.ends_with(&format!(": {reason}")), "{combined}");
            let by_letter: Vec<String> = a
                .summary
                .respondents
                .iter()
                .map(|r| r.answers[0].as_ref().expect("R01").evidence[0].clone())
                .collect();
            assert_eq!(a.combined.answers["R01"].evidence, by_letter);
            quoted.insert(reason.clone());
        }
        assert!(quoted.len() > 1, "{quoted:?}");
    }

    #[test]
    fn shuffles_are_near_uniform() {
        // Who gets letter A, over many seeds: each of four respondents about a quarter of the
        // time (a shuffle that favoured the first or last file would show here).
        let mut first = [0usize; 4];
        for seed in 0..4000u64 {
            let mut order = [0, 1, 2, 3];
            let mut draw = Shuffler(seed);
            for i in (1..order.len()).rev() {
                order.swap(i, draw.below(i + 1));
            }
            first[order[0]] += 1;
        }
        assert!(first.iter().all(|&c| (850..1150).contains(&c)), "{first:?}");
    }

    #[test]
    fn names_are_capped() {
        let list = ["a", "b", "c", "d", "e"];
        assert_eq!(names::<&str>(&[]), "");
        assert_eq!(names(&list[..1]), "a");
        assert_eq!(names(&list[..2]), "a and b");
        assert_eq!(names(&list[..3]), "a, b and c");
        assert_eq!(names(&list), "a, b, c and 2 more");
    }

    #[test]
    fn mode_counts_only_known_options() {
        let order = ["a", "b", "c"];
        assert_eq!(
            mode(["c", "b", "c", "x", "x", "x"].into_iter(), &order),
            Some(("c", 2))
        );
        assert_eq!(mode(["c", "a"].into_iter(), &order), Some(("a", 1)));
        assert_eq!(mode(std::iter::empty(), &order), None);
    }
}
