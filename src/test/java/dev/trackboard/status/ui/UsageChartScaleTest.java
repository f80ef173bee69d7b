package dev.trackboard.status.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageChartScaleTest {

    @ParameterizedTest(name = "max {0} → top {1}")
    @CsvSource({"0, 2", "1, 2", "2, 2", "3, 4", "5, 6", "7, 10", "10, 10", "11, 20", "20, 20", "21, 50",
            "50, 50", "51, 100", "100, 100", "101, 200", "999, 1000", "1001, 2000", "4500, 5000", "5001, 10000"})
    void theTopIsRoundEvenAndAtLeastTheLargestBar(int max, int top) {
        assertThat(UsageChart.niceCeiling(max)).isEqualTo(top);
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "3", "5", "9", "15", "99", "12345"})
    void theMiddleLineIsAWholeNumberHalfWay(int max) {
        int top = UsageChart.niceCeiling(max);
        assertThat(top % 2).as("top %d halves without a remainder", top).isZero();
        assertThat(top).isGreaterThanOrEqualTo(max);
    }
}
