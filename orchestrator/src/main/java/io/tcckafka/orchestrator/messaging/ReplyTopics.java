package io.tcckafka.orchestrator.messaging;

import org.springframework.stereotype.Component;

import io.tcckafka.events.Topics;
import io.tcckafka.orchestrator.OrchestratorProperties;

/** The topics the orchestrator reads replies from: one per bank it knows ({@code tcc.orchestrator.banks}). */
@Component("replyTopics")
public class ReplyTopics {

    private final String[] names;

    ReplyTopics(OrchestratorProperties properties) {
        this.names = properties.banks().stream().sorted().map(Topics::bankReplies).toArray(String[]::new);
    }

    public String[] names() {
        return names.clone();
    }
}
