package io.parhub.org.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A tree for a page, built from a flat list ordered parents first. An item whose parent is not in the list
 * becomes a root (a central agency, or a province).
 */
record Tree<T>(T item, List<Tree<T>> children) {

    static <T, K> List<Tree<T>> of(List<T> items, Function<T, K> key, Function<T, @Nullable K> parentKey) {
        Map<K, Tree<T>> byKey = new LinkedHashMap<>();
        List<Tree<T>> roots = new ArrayList<>();
        for (T item : items) {
            Tree<T> node = new Tree<>(item, new ArrayList<>());
            byKey.put(key.apply(item), node);
            K parent = parentKey.apply(item);
            Tree<T> parentNode = parent == null ? null : byKey.get(parent);
            if (parentNode == null) {
                roots.add(node);
            } else {
                parentNode.children().add(node);
            }
        }
        return roots;
    }

    public boolean leaf() {
        return children.isEmpty();
    }
}
