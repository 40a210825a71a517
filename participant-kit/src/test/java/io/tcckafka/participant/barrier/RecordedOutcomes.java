package io.tcckafka.participant.barrier;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;

/** Reads a table cell such as {@code TRY=SUCCEEDED CANCEL=SUCCEEDED} (null: nothing recorded). */
final class RecordedOutcomes {

    private RecordedOutcomes() {
    }

    static Map<Phase, Outcome> parse(String recorded) {
        Map<Phase, Outcome> outcomes = new EnumMap<>(Phase.class);
        if (recorded != null) {
            Arrays.stream(recorded.trim().split("\\s+"))
                    .map(entry -> entry.split("="))
                    .forEach(pair -> outcomes.put(Phase.valueOf(pair[0]), Outcome.valueOf(pair[1])));
        }
        return outcomes;
    }
}
