package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordAutomatonTest {

    @Test
    void findsOverlappingAndNestedWords() {
        WordAutomaton words = new WordAutomaton(List.of("he", "she", "his", "hers"));
        assertEquals(List.of("she", "he", "hers"), new ArrayList<>(words.find("ushers")));
    }

    @Test
    void findsChineseTermsInsideLongerOnes() {
        WordAutomaton words = new WordAutomaton(List.of("最", "最佳", "全网最低", "第一"));
        assertEquals(Set.of("最", "最佳", "全网最低"), words.find("全网最低价 最佳选择"));
        assertEquals(Set.of(), words.find("纯棉短袖T恤"));
        assertEquals(Set.of("第一"), words.find("销量第一"));
    }

    @Test
    void ignoresAsciiCase() {
        assertEquals(Set.of("No.1"), new WordAutomaton(List.of("No.1")).find("品质NO.1"));
    }

    @Test
    void matchesFiveThousandWordsInOnePass() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            list.add("禁" + Integer.toString(i, 36) + "词");
        }
        WordAutomaton words = new WordAutomaton(list);
        assertEquals(5000, words.size());
        assertEquals(Set.of("禁a词", "禁3uv词"), words.find("这里有禁a词也有禁3uv词，禁zzzz词不在表中"));
        StringBuilder everything = new StringBuilder();
        list.forEach(everything::append);
        assertEquals(5000, words.find(everything).size());
    }

    @Test
    void emptyListFindsNothing() {
        assertTrue(new WordAutomaton(List.of()).find("最好").isEmpty());
    }
}
