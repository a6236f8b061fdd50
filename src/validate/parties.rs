//! Parties and references to them: ids unique (duplicatePartyId), names unambiguous
//! (ambiguousPartyName), `parent` links without loops (partyCycle), and every reference
//! to a declared party (unknownParty).

use super::{Checker, Code, PartyIndex, Segment};
use crate::{Party, PartyId};

impl<'r> Checker<'r> {
    pub(super) fn party_ref<S: Segment<'r>>(&mut self, segment: S, id: &PartyId) {
        if !self.party_index.contains_key(id.as_str()) {
            self.flag_at(
                segment,
                Code::UnknownParty,
                format!("no party in `parties` has the id `{id}`"),
            );
        }
    }

    pub(super) fn inspection(&mut self) {
        let inspection = &self.report.inspection;
        if let Some(round) = &inspection.round {
            self.at("round", |c| c.text("label", &round.label));
        }
        match &inspection.inspector {
            Some(inspector) => self.party_ref("inspector", inspector),
            None => self.missing("inspector", "the inspecting group (inspection.inspector)"),
        }
        self.party_ref("inspected", &inspection.inspected);
        if let Some(convened_by) = &inspection.convened_by {
            self.party_ref("convenedBy", convened_by);
        }
    }

    pub(super) fn parties(&mut self, parties: &'r [Party]) {
        // Names and aliases in one map, sized for them all at once.
        let names = parties.iter().map(|p| 1 + p.aliases.len()).sum();
        let mut first_with_name = PartyIndex::with_capacity_and_hasher(names, Default::default());
        for (i, party) in parties.iter().enumerate() {
            self.at(i, |c| {
                // The index holds the first party with each id.
                let first = c.party_index.get(party.id.as_str()).copied();
                if let Some(first) = first.filter(|&first| first != i) {
                    c.flag_at(
                        "id",
                        Code::DuplicatePartyId,
                        format!("the id `{}` is already used by /parties/{first}", party.id),
                    );
                }
                c.text("name", &party.name);
                c.at("aliases", |c| {
                    for (k, alias) in party.aliases.iter().enumerate() {
                        c.text(k, alias);
                    }
                });
                c.party_names(party, i, &mut first_with_name);
                if let Some(parent) = &party.parent {
                    c.party_ref("parent", parent);
                }
            });
        }
        self.party_cycles(parties);
    }

    /// Flags a name or alias already used by an earlier party (ambiguousPartyName).
    pub(super) fn party_names(
        &mut self,
        party: &'r Party,
        index: usize,
        first_with_name: &mut PartyIndex<'r>,
    ) {
        let names = std::iter::once((None, party.name.as_str())).chain(
            party
                .aliases
                .iter()
                .enumerate()
                .map(|(k, a)| (Some(k), a.as_str())),
        );
        for (alias_index, name) in names {
            let first = *first_with_name.entry(name).or_insert(index);
            if first == index {
                continue;
            }
            let message = format!("the name `{name}` is also used by /parties/{first}");
            match alias_index {
                None => self.flag_at("name", Code::AmbiguousPartyName, message),
                Some(k) => self.at("aliases", |c| {
                    c.flag_at(k, Code::AmbiguousPartyName, message)
                }),
            }
        }
    }

    /// Flags each loop of `parent` links once, at the `parent` of its first party.
    pub(super) fn party_cycles(&mut self, parties: &[Party]) {
        if parties.iter().all(|party| party.parent.is_none()) {
            return;
        }
        let index_of = std::mem::take(&mut self.party_index);
        let parent_of = |i: usize| {
            parties[i]
                .parent
                .as_ref()
                .and_then(|parent| index_of.get(parent.as_str()).copied())
        };
        // Each party is walked once: a chain of parent links is followed until it reaches
        // a party seen before, either on this chain (a loop) or on an earlier one (done).
        const UNSEEN: usize = usize::MAX;
        const DONE: usize = usize::MAX - 1;
        // For each party: UNSEEN, DONE, or its position on the chain being followed.
        let mut state = vec![UNSEEN; parties.len()];
        let mut chain = Vec::new();
        for start in 0..parties.len() {
            chain.clear();
            let mut current = Some(start);
            while let Some(i) = current {
                match state[i] {
                    DONE => break,
                    UNSEEN => {
                        state[i] = chain.len();
                        chain.push(i);
                        current = parent_of(i);
                    }
                    pos => {
                        self.flag_cycle(parties, &chain[pos..]);
                        break;
                    }
                }
            }
            for &i in &chain {
                state[i] = DONE;
            }
        }
        // Lent for the walk (`self.at` needs `self` whole); references are checked later.
        self.party_index = index_of;
    }

    /// Flags a loop of parent links once, at the `parent` of its first party.
    fn flag_cycle(&mut self, parties: &[Party], cycle: &[usize]) {
        let mut cycle = cycle.to_vec();
        let first = cycle.iter().copied().min().unwrap_or_default();
        // Told from the party whose `parent` is flagged.
        let at = cycle.iter().position(|&j| j == first).unwrap_or(0);
        cycle.rotate_left(at);
        let names: Vec<&str> = cycle.iter().map(|&j| parties[j].id.as_str()).collect();
        self.at(first, |c| {
            c.flag_at(
                "parent",
                Code::PartyCycle,
                format!("parent links loop: {} → {}", names.join(" → "), names[0]),
            );
        });
    }
}
