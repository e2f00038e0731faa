package dev.scimkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListResponseTest {

    private static final Function<JsonObject, String> ID = o -> o.getString("id");

    @Test
    void fromJson_fullPage_readsEveryMember() {
        ListResponse<String> page = ListResponse.fromJson(ScimJson.parseObject(
                "{\"schemas\":[\"" + ListResponse.SCHEMA + "\"],\"totalResults\":20,\"startIndex\":11,"
                        + "\"itemsPerPage\":2,\"Resources\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"), ID);
        assertThat(page).isEqualTo(new ListResponse<>(OptionalInt.of(20), 11, 2, List.of("a", "b")));
    }

    @Test
    void fromJson_missingMembers_usesRfcDefaultsAndEmptyTotal() {
        ListResponse<String> page = ListResponse.fromJson(ScimJson.parseObject(
                "{\"resources\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}"), ID);
        assertThat(page.totalResults()).isEmpty();
        assertThat(page.startIndex()).isEqualTo(1);
        assertThat(page.itemsPerPage()).isEqualTo(3);
        assertThat(page.resources()).containsExactly("a", "b", "c");
    }

    @Test
    void fromJson_noResourcesAndZeroTotal_isEmptyPage() {
        ListResponse<String> page = ListResponse.fromJson(ScimJson.parseObject("{\"totalResults\":0}"), ID);
        assertThat(page.resources()).isEmpty();
        assertThat(page.totalResults()).hasValue(0);
    }

    @Test
    void fromJson_numbersAsStrings_areAccepted() {
        ListResponse<String> page = ListResponse.fromJson(ScimJson.parseObject(
                "{\"totalResults\":\"5\",\"startIndex\":\"0\",\"itemsPerPage\":\"1\",\"Resources\":[{\"id\":\"x\"}]}"), ID);
        assertThat(page).isEqualTo(new ListResponse<>(OptionalInt.of(5), 1, 1, List.of("x")));
    }

    @Test
    void fromJson_resourcesNotArray_isInvalidSyntax() {
        assertThatThrownBy(() -> ListResponse.fromJson(ScimJson.parseObject("{\"Resources\":{}}"), ID))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX);
                    assertThat(e.detail()).contains("Resources");
                });
    }

    @Test
    void fromJson_resourceNotObject_namesIndex() {
        assertThatThrownBy(() -> ListResponse.fromJson(ScimJson.parseObject("{\"Resources\":[{\"id\":\"a\"},3]}"), ID))
                .isInstanceOf(ScimException.class).hasMessageContaining("Resources[1]");
    }

    @Test
    void fromJson_hugeOrNegativeTotal_isInvalidSyntax() {
        assertThatThrownBy(() -> ListResponse.fromJson(ScimJson.parseObject("{\"totalResults\":1e100000}"), ID))
                .isInstanceOf(ScimException.class).hasMessageContaining("totalResults");
        assertThatThrownBy(() -> ListResponse.fromJson(ScimJson.parseObject("{\"totalResults\":-1}"), ID))
                .isInstanceOf(ScimException.class).hasMessageContaining("totalResults");
        assertThatThrownBy(() -> ListResponse.fromJson(ScimJson.parseObject("{\"itemsPerPage\":1.5}"), ID))
                .isInstanceOf(ScimException.class).hasMessageContaining("itemsPerPage");
        assertThatThrownBy(() -> ListResponse.fromJson(ScimJson.parseObject("{\"startIndex\":true}"), ID))
                .isInstanceOf(ScimException.class).hasMessageContaining("startIndex");
    }

    @Test
    void toJson_roundTrips() {
        ListResponse<String> page = ListResponse.page(List.of("a", "b"), 7, 3);
        JsonObject json = page.toJson(id -> ScimJson.builders().createObjectBuilder().add("id", id).build());
        assertThat(json.getJsonArray("schemas").getString(0)).isEqualTo(ListResponse.SCHEMA);
        assertThat(json.getInt("totalResults")).isEqualTo(7);
        assertThat(ListResponse.fromJson(json, ID)).isEqualTo(page);
    }

    @Test
    void toJson_unknownTotal_isLeftOut() {
        ListResponse<String> page = new ListResponse<>(OptionalInt.empty(), 1, 0, List.of());
        assertThat(page.toJson(id -> JsonObject.EMPTY_JSON_OBJECT).containsKey("totalResults")).isFalse();
    }

    @Test
    void of_completeResult_countsResources() {
        assertThat(ListResponse.of(List.of("a"))).isEqualTo(new ListResponse<>(OptionalInt.of(1), 1, 1, List.of("a")));
    }

    @Test
    void constructor_invalidValues_throw() {
        assertThatThrownBy(() -> new ListResponse<>(OptionalInt.of(-1), 1, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalResults");
        assertThatThrownBy(() -> new ListResponse<>(OptionalInt.empty(), 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startIndex");
    }
}
