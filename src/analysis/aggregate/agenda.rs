//! What a workshop walks through, from an aggregate: the questions whose levels spread by at
//! least a given number (to discuss, the highest combined priority first) and the others (to
//! confirm, in the questionnaire's order). Pure: no I/O.

use super::{QuestionStats, Summary};
use crate::analysis::scoring::Scored;
use std::collections::HashMap;

/// A workshop's agenda: the questions to discuss and those to confirm, as positions in
/// [`Summary::questions`] (the questionnaire's order).
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    /// The spread from which a question is discussed.
    pub spread: u8,
    /// Spread at or above `spread`: by the combined answer's priority, highest first; equal
    /// priorities by larger spread, then in the questionnaire's order.
    pub discuss: Vec<usize>,
    /// Every other question, in the questionnaire's order: those whose levels spread less, and
    /// those with no level at all (every answer not applicable, don't know or missing).
    pub confirm: Vec<usize>,
}

/// Whether the levels given to a question spread by `spread` or more.
pub fn divides(stats: &QuestionStats, spread: u8) -> bool {
    stats.spread.is_some_and(|s| s >= spread)
}

/// The agenda of `summary` at `spread`; `scored` is the combined answers scored, whose
/// priorities order the discussion.
pub fn agenda(summary: &Summary, scored: &Scored, spread: u8) -> Agenda {
    let priority: HashMap<&str, f64> = scored
        .items
        .iter()
        .map(|i| (i.question.as_str(), i.priority))
        .collect();
    let of = |n: usize| {
        priority
            .get(summary.questions[n].question.as_str())
            .copied()
            .unwrap_or(0.0)
    };
    let (mut discuss, confirm): (Vec<usize>, Vec<usize>) =
        (0..summary.questions.len()).partition(|&n| divides(&summary.questions[n], spread));
    // Stable: equal priority and spread keep the questionnaire's order.
    discuss.sort_by(|&a, &b| {
        of(b).total_cmp(&of(a)).then(
            summary.questions[b]
                .spread
                .cmp(&summary.questions[a].spread),
        )
    });
    Agenda {
        spread,
        discuss,
        confirm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::aggregate::{Input, aggregate};
    use crate::analysis::scoring;
    use crate::answers::{Answer, Answers};

    fn answers(levels: [u8; 2]) -> Answers {
        let mut a = crate::testing::full_answers("", "", "");
        for (id, l) in ["R01", "R02"].into_iter().zip(levels) {
            a.answers.insert(id.into(), Answer::level(l));
        }
        a
    }

    #[test]
    fn discussed_by_priority_confirmed_in_order() {
        let data = crate::testing::mini();
        let q = data.questionnaire("full").unwrap();
        // R01 spreads 1 (levels 2 and 3), R02 spreads 3 (0 and 3).
        let inputs = vec![
            Input::new("a.toml", answers([2, 0])),
            Input::new("b.toml", answers([3, 3])),
        ];
        let agg = aggregate(&data.catalogue, q, inputs);
        let scored = scoring::score(&data.catalogue, q, &agg.combined);
        let at_2 = agenda(&agg.summary, &scored, 2);
        assert_eq!((at_2.discuss, at_2.confirm), (vec![1], vec![0]));
        // At 1 both are discussed: R02 (combined 0, the larger gap) first, whatever the order.
        let at_1 = agenda(&agg.summary, &scored, 1);
        assert_eq!((at_1.discuss, at_1.confirm), (vec![1, 0], vec![]));
        let at_4 = agenda(&agg.summary, &scored, 4);
        assert_eq!((at_4.discuss, at_4.confirm), (vec![], vec![0, 1]));
    }
}
