-- What the instances of one bot share: the conversation log, the rate limits and the knowledge
-- base's generations. Each instance keeps its own SQLite replica of the knowledge base itself.

CREATE TABLE answers (
    id              text PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    instance_id     text NOT NULL,
    conversation_id text,
    user_id         text NOT NULL,
    question        text NOT NULL,
    answer          text NOT NULL,
    answered        boolean NOT NULL,
    mode            text NOT NULL,
    citations       jsonb NOT NULL
);
CREATE INDEX answers_by_conversation ON answers (conversation_id, created_at DESC);
CREATE INDEX answers_by_time ON answers (created_at DESC);

CREATE TABLE feedback (
    answer_id   text NOT NULL REFERENCES answers (id),
    user_id     text NOT NULL,
    vote        smallint NOT NULL CHECK (vote IN (-1, 1)),
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    instance_id text NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

-- One row per costly request still inside its user's window; older rows are deleted as they expire.
CREATE TABLE rate_limit_events (
    user_id text NOT NULL,
    at      timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX rate_limit_events_by_user ON rate_limit_events (user_id, at);
CREATE INDEX rate_limit_events_by_time ON rate_limit_events (at);

-- Each change an admin made to the knowledge base, in order: the other instances reload when they see one.
CREATE TABLE knowledge_generations (
    generation   bigserial PRIMARY KEY,
    instance_id  text NOT NULL,
    change       text NOT NULL,
    announced_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
