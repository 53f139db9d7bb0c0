package io.fastscanner.marketdata.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aDecimalAsTextIsTheNearestDoubleLikeBigDecimalsAndAsANumberTheSame() {
        for (String text : new String[] {"43250.1", "0.00001234", "1e-7", "-2.5", "123456789.123456789", "7"}) {
            assertThat(JsonValues.decimal(JSON.textNode(text), "price")).isEqualTo(new BigDecimal(text).doubleValue());
        }
        assertThat(JsonValues.decimal(JSON.numberNode(43250.1), "price")).isEqualTo(43250.1);
    }

    @Test
    void whatIsNotADecimalIsAMalformedAnswer() {
        for (String text : new String[] {"", "NaN", "Infinity", "0x1p3", "1.5d", "1.2.3", "--1", "e", " 1"}) {
            assertThatThrownBy(() -> JsonValues.decimal(JSON.textNode(text), "price"))
                    .as(text)
                    .isInstanceOf(MalformedAnswerException.class);
        }
        assertThatThrownBy(() -> JsonValues.decimal(null, "price")).isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void wholeNumbersAsTextOrNumbersAndSecondsAsMilliseconds() {
        assertThat(JsonValues.integer(JSON.textNode("1706803200000"), "ts")).isEqualTo(1706803200000L);
        assertThat(JsonValues.secondsAsMillis(JSON.numberNode(1706803200L), "time"))
                .isEqualTo(1706803200000L);
        assertThatThrownBy(() -> JsonValues.integer(JSON.textNode("17.5"), "ts"))
                .isInstanceOf(MalformedAnswerException.class);
    }
}
