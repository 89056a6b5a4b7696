package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * ANSWER_RATE per leg: a call answered at the unit, transferred to a person and missed there is two legs, the
 * first answered and the second missed, whatever order its facts are read in and however often.
 */
class CallLegTest {

    private static final Instant T = Instant.parse("2026-11-30T09:00:00Z");
    private static final String UNIT = CallLeg.party(null, "u");
    private static final String PERSON = CallLeg.party("e", null);

    /** One fact as a PBX event gives it: the party it names and when. */
    private record Fact(String party, CallLeg.Fact fact, Instant at) {
    }

    @Test
    void answeredTransferredAndMissedIsCountedOncePerLegInEveryOrder() {
        List<Fact> facts = List.of(new Fact(UNIT, CallLeg.Fact.OFFERED, T),
                new Fact(UNIT, CallLeg.Fact.ANSWERED, T.plusSeconds(10)),
                new Fact(PERSON, CallLeg.Fact.TRANSFERRED_IN, T.plusSeconds(90)),
                new Fact(PERSON, CallLeg.Fact.MISSED, T.plusSeconds(120)));
        List<List<Fact>> orders = permutations(facts);
        assertThat(orders).hasSize(24);
        for (List<Fact> order : orders) {
            List<Fact> twice = new ArrayList<>(order);
            // a replay of the whole call, e.g. a consumer reset: no news, nothing counted again
            twice.addAll(order);
            assertThat(count(twice)).as("read as %s", order)
                    // legs offered, answered, missed; first legs (calls) offered, answered, missed
                    .containsExactly(2, 1, 1, 1, 1, 0);
        }
    }

    @Test
    void aLegOfferedBothByTheCallAndByATransferIsOneLeg() {
        // a PBX that also sends CallOffered at the party the call was transferred to
        assertThat(count(List.of(new Fact(PERSON, CallLeg.Fact.TRANSFERRED_IN, T), new Fact(PERSON, CallLeg.Fact.OFFERED, T),
                new Fact(PERSON, CallLeg.Fact.ANSWERED, T.plusSeconds(5))))).containsExactly(1, 1, 0, 1, 1, 0);
        assertThat(count(List.of(new Fact(PERSON, CallLeg.Fact.ANSWERED, T.plusSeconds(5)),
                new Fact(PERSON, CallLeg.Fact.OFFERED, T), new Fact(PERSON, CallLeg.Fact.TRANSFERRED_IN, T))))
                .containsExactly(1, 1, 0, 1, 1, 0);
    }

    @Test
    void aLegsOfferIsTheEarlierOfItsOffers() {
        CallLeg leg = new CallLeg("c", PERSON, "u", T.plusSeconds(5), T, null, null);
        assertThat(leg.offeredAt()).isEqualTo(T);
        assertThat(new CallLeg("c", PERSON, "u", null, T, null, null).offeredAt()).isEqualTo(T);
        assertThat(new CallLeg("c", PERSON, "u", null, null, T, null).offered()).isFalse();
    }

    /** The repository's rule in plain Java: a fact is news when its time was not known, the first time read is kept. */
    private static List<Integer> count(List<Fact> facts) {
        Map<String, CallLeg> legs = new HashMap<>();
        int[] n = new int[6];
        for (Fact f : facts) {
            CallLeg leg = legs.getOrDefault(f.party(), new CallLeg("c", f.party(), "u", null, null, null, null));
            CallLeg after = switch (f.fact()) {
                case OFFERED -> leg.firstOfferedAt() != null ? null
                        : new CallLeg("c", f.party(), "u", f.at(), leg.transferredInAt(), leg.answeredAt(), leg.missedAt());
                case TRANSFERRED_IN -> leg.transferredInAt() != null ? null
                        : new CallLeg("c", f.party(), "u", leg.firstOfferedAt(), f.at(), leg.answeredAt(), leg.missedAt());
                case ANSWERED -> leg.answeredAt() != null ? null
                        : new CallLeg("c", f.party(), "u", leg.firstOfferedAt(), leg.transferredInAt(), f.at(), leg.missedAt());
                case MISSED -> leg.missedAt() != null ? null
                        : new CallLeg("c", f.party(), "u", leg.firstOfferedAt(), leg.transferredInAt(), leg.answeredAt(), f.at());
            };
            if (after == null) {
                continue;
            }
            legs.put(f.party(), after);
            CallLeg.Counted c = after.counted(f.fact());
            boolean[] moved = { c.legOffered(), c.legAnswered(), c.legMissed(), c.callOffered(), c.callAnswered(), c.callMissed() };
            for (int i = 0; i < moved.length; i++) {
                n[i] += moved[i] ? 1 : 0;
            }
        }
        return List.of(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }
}
