package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.ListResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagerTest {

    private final List<String> calls = new ArrayList<>();

    private Pager<String> pager(List<String> data, int cap, boolean withTotal, int pageSize) {
        return new Pager<>((start, count) -> {
            calls.add(start + ":" + count);
            int from = Math.min(start - 1, data.size());
            int to = Math.min(from + Math.min(count, cap), data.size());
            List<String> page = List.copyOf(data.subList(from, to));
            return new ListResponse<>(withTotal ? OptionalInt.of(data.size()) : OptionalInt.empty(), start,
                    page.size(), page);
        }, 1, pageSize, Function.identity());
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "u" + i).collect(Collectors.toList());
    }

    @Test
    void stream_isLazy() {
        Pager<String> pager = pager(ids(50), 100, true, 10);

        assertThat(Pager.stream(pager).limit(3)).containsExactly("u0", "u1", "u2");
        assertThat(calls).containsExactly("1:10");
    }

    @Test
    void stream_serverReturnsFewerThanAsked_advancesByReceived() {
        assertThat(Pager.stream(pager(ids(25), 7, true, 10))).containsExactlyElementsOf(ids(25));
        assertThat(calls).containsExactly("1:10", "8:10", "15:10", "22:10");
    }

    @Test
    void stream_withoutTotalResults_stopsAtEmptyPage() {
        assertThat(Pager.stream(pager(ids(20), 100, false, 10))).containsExactlyElementsOf(ids(20));
        assertThat(calls).containsExactly("1:10", "11:10", "21:10");
    }

    @Test
    void stream_insertsAtFrontWhilePaging_eachOriginalOnce() {
        List<String> data = new ArrayList<>(ids(30));
        Pager<String> pager = new Pager<>((start, count) -> {
            List<String> page = List.copyOf(data.subList(Math.min(start - 1, data.size()),
                    Math.min(start - 1 + count, data.size())));
            data.add(0, "new" + start);
            return new ListResponse<>(OptionalInt.of(data.size()), start, page.size(), page);
        }, 1, 10, Function.identity());

        List<String> seen = Pager.stream(pager).collect(Collectors.toList());

        assertThat(seen).containsAll(ids(30)).doesNotHaveDuplicates();
    }

    @Test
    void stream_serverIgnoringStartIndex_terminates() {
        Pager<String> pager = new Pager<>((start, count) -> new ListResponse<>(OptionalInt.empty(), 1, 3,
                List.of("a", "b", "c")), 1, 3, Function.identity());

        assertThat(Pager.stream(pager)).containsExactly("a", "b", "c");
    }
}
