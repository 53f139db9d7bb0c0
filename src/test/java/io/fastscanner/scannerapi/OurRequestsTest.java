package io.fastscanner.scannerapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** How the answer to a request is recognised, and what is kept of a request we stopped waiting for. */
class OurRequestsTest {

    /** Recorded: its 202 to our medium request (head_04) and the last_scan that followed (head_05). */
    private static final LocalDateTime ACCEPTED = LocalDateTime.parse("2026-11-24T11:26:05.862133");

    private static final String ENDED = "2026-11-24T11:26:06.470789";
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Duration ABANDON_AFTER = Duration.ofMinutes(10);

    @Test
    void onlyAScanThatEndedAfterItAcceptedOurRequestAnswersIt() {
        AnswerMark mark = new AnswerMark(ACCEPTED, null);

        assertThat(mark.isAnsweredBy(ENDED)).isTrue();
        assertThat(mark.isAnsweredBy(null)).isFalse(); // never scanned
        assertThat(mark.isAnsweredBy("2026-11-24T11:26:05.500000")).isFalse(); // ended before it accepted ours
        assertThat(mark.isAnsweredBy("2026-11-24T11:26:05.862133")).isFalse(); // not after
        assertThat(mark.isAnsweredBy("2026-11-24T11:26:06")).isTrue(); // isoformat() leaves out a zero fraction
    }

    @Test
    void theScanSeenBeforeAskingNeverAnswers() {
        AnswerMark mark = new AnswerMark(ACCEPTED, ENDED);

        assertThat(mark.isAnsweredBy(ENDED)).isFalse();
        assertThat(mark.isAnsweredBy("2026-11-24T11:26:17.406909")).isTrue();
    }

    @Test
    void withoutItsAcceptanceTimeAnyChangeAnswers() {
        AnswerMark mark = new AnswerMark(null, ENDED);

        assertThat(mark.isAnsweredBy(ENDED)).isFalse();
        assertThat(mark.isAnsweredBy("2026-11-24T11:26:05.500000")).isTrue();
        assertThat(AnswerMark.peerTime("not a time")).isEmpty();
        assertThat(AnswerMark.peerTime(null)).isEmpty();
        assertThat(AnswerMark.peerTime("2026-11-24T11:26:06.470789+00:00")).contains(LocalDateTime.parse(ENDED));
    }

    @Test
    void anAcceptedRequestIsWaitedForUntilAStatusShowsItEnded() {
        OurRequests requests = new OurRequests(ABANDON_AFTER);
        assertThat(requests.stillRunning(null, NOW)).isEmpty();

        AnswerMark mark = new AnswerMark(ACCEPTED, null);
        requests.accepted(mark, NOW);

        assertThat(requests.state()).isEqualTo(new OurRequests.Outstanding(mark, NOW));
        assertThat(requests.stillRunning(null, NOW.plusSeconds(30))).containsSame(mark);
        assertThat(requests.stillRunning("2026-11-24T11:26:05.500000", NOW.plusSeconds(30)))
                .containsSame(mark);
        assertThat(requests.stillRunning(ENDED, NOW.plusSeconds(31))).isEmpty(); // its end: not anyone's answer
        assertThat(requests.state()).isEqualTo(new OurRequests.Quiet());
        assertThat(requests.stillRunning(null, NOW.plusSeconds(32))).isEmpty();
    }

    @Test
    void aRequestSeenAnsweredLeavesNothingRunning() {
        OurRequests requests = new OurRequests(ABANDON_AFTER);
        AnswerMark earlier = new AnswerMark(ACCEPTED, null);
        AnswerMark mark = new AnswerMark(ACCEPTED, null);
        requests.accepted(mark, NOW);

        requests.answered(earlier); // not the one running: an equal mark is not the same request
        assertThat(requests.state()).isInstanceOf(OurRequests.Outstanding.class);
        requests.answered(mark);
        assertThat(requests.state()).isEqualTo(new OurRequests.Quiet());
    }

    @Test
    void aRequestNeverSeenToEndIsGivenUpAfterTheLimit() {
        OurRequests requests = new OurRequests(ABANDON_AFTER);
        AnswerMark mark = new AnswerMark(ACCEPTED, null);
        requests.accepted(mark, NOW);

        assertThat(requests.stillRunning(null, NOW.plus(ABANDON_AFTER).minusMillis(1)))
                .containsSame(mark);
        assertThat(requests.stillRunning(null, NOW.plus(ABANDON_AFTER))).isEmpty();
        assertThat(requests.state()).isEqualTo(new OurRequests.Quiet());
    }
}
