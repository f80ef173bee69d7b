package dev.trackboard.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The oracle itself must catch violations, or the contract tests prove nothing. */
class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Test
    void acceptsAConformingBody() {
        assertThat(contract.violations("Role",
                "{\"id\":\"500000000000000101\",\"name\":\"Admin\",\"color\":0,\"position\":5,\"managed\":false}")).isEmpty();
    }

    @Test
    void catchesMissingFieldsWrongTypesBadEnumsAndBadSnowflakesThroughReferences() {
        assertThat(contract.violations("Role", "{\"id\":\"5\",\"name\":\"Admin\",\"color\":\"red\",\"position\":1}"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(contract.violations("GuildSummary", "{\"id\":\"200000000000000001\",\"name\":\"A\",\"memberCount\":1,"
                + "\"botInstalled\":true,\"access\":\"KING\",\"denial\":null}")).isNotEmpty();
    }

    @Test
    void validatesInlineResponseSchemasAndReferencedProblemResponses() {
        String item = "{\"id\":\"400000000000000101\",\"name\":\"general\",\"type\":\"TEXT\",\"parentId\":null,\"position\":1}";
        contract.assertValidResponse("get", "/guilds/{guildId}/channels", 200, "application/json", "{\"items\":[" + item + "]}");
        assertThat(contract.responseViolations("get", "/guilds/{guildId}/channels", 200, "application/json",
                "{\"items\":[{\"id\":\"x\"}]}")).isNotEmpty();
        contract.assertValidResponse("get", "/guilds/{guildId}", 404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
        assertThat(contract.responseViolations("get", "/guilds/{guildId}", 404, "application/problem+json",
                "{\"status\":\"404\"}")).isNotEmpty();
    }

    @Test
    void catchesSettingsOutsideTheirBoundsAndBadTimesOfDay() {
        String valid = "{\"trackingEnabled\":true,\"platforms\":[\"X\"],\"delivery\":\"DAILY_DIGEST\",\"digestTime\":\"09:00\","
                + "\"timeZone\":\"UTC\",\"messageTemplate\":\"{url}\",\"minLikes\":0,\"retentionDays\":7}";
        assertThat(contract.violations("SettingsInput", valid)).isEmpty();
        assertThat(contract.violations("SettingsInput", valid.replace("\"09:00\"", "\"9:00\""))).isNotEmpty();
        assertThat(contract.violations("SettingsInput", valid.replace("\"minLikes\":0", "\"minLikes\":-1"))).isNotEmpty();
        assertThat(contract.violations("SettingsInput", valid.replace("\"retentionDays\":7", "\"retentionDays\":366")))
                .isNotEmpty();
        assertThat(contract.violations("SettingsInput", valid.replace("[\"X\"]", "[\"MYSPACE\"]"))).isNotEmpty();
        assertThat(contract.violations("SettingsInput", valid.replace("DAILY_DIGEST", "WEEKLY"))).isNotEmpty();
    }

    @Test
    void refusesSchemasTheContractDoesNotHave() {
        assertThatThrownBy(() -> contract.violations("Nope", "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
