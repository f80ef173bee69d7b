import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each UI of an HPROF dump owns (docs/performance.md, "What a UI is made of"): the objects that
 * are reachable from one UI but not from the GC roots without passing through a UI (or one of the
 * other per-tab holders: the Atmosphere resource, the Tomcat websocket session), with their sizes by
 * class, and the dominator tree of one typical UI (retained size per field path), the way a heap
 * analyser would show it. Sizes as HotSpot lays objects out with compressed oops (12-byte header,
 * 4-byte references, 8-byte alignment).
 *
 * <p>Usage: {@code java bench/uiload/HeapOwners.java DUMP.hprof [min-retained-bytes=1024] [depth=40] [tree-of=0]}
 * (tree-of: the index in {@link #HOLDERS} whose median holder's dominator tree is printed)
 */
public class HeapOwners {

    /** Per-tab holders, in the order ownership is handed out. */
    static final List<String> HOLDERS = List.of("com.vaadin.flow.component.UI",
            "org.atmosphere.cpr.AtmosphereResourceImpl", "org.apache.tomcat.websocket.WsSession",
            "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper");
    /**
     * Not passed while finding what is shared, besides the holders: a UI's parts are also reachable
     * from outside it (a status subscription's listener holds its component, a background task its
     * UI), and through them all of the UI would look shared.
     */
    static final List<String> BARRIERS = List.of("com.vaadin.flow.component.Component",
            "com.vaadin.flow.internal.StateNode", "com.vaadin.flow.internal.StateTree",
            "com.vaadin.flow.component.internal.UIInternals", "com.vaadin.flow.dom.Element",
            "com.vaadin.flow.server.communication.AtmospherePushConnection");

    static final int[] SIZES = new int[12];
    static final int BARRIER = 1000;

    static {
        SIZES[2] = 4;
        SIZES[4] = 1;
        SIZES[5] = 2;
        SIZES[6] = 4;
        SIZES[7] = 8;
        SIZES[8] = 1;
        SIZES[9] = 2;
        SIZES[10] = 4;
        SIZES[11] = 8;
    }

    record ClassInfo(long id, long superId, String name, long[] fieldNames, byte[] fieldTypes, long[] staticRefs) {
    }

    final MappedByteBuffer data;
    final Map<Long, String> strings = new HashMap<>();
    final Map<Long, Long> classNameIds = new HashMap<>();
    final Map<Long, ClassInfo> classes = new HashMap<>();
    final LongIntMap index = new LongIntMap(1 << 22);
    long[] ids = new long[1 << 20];
    long[] classOf = new long[1 << 20]; // class id (for arrays: the array class, or -type for primitive arrays)
    int[] offset = new int[1 << 20]; // field data / elements
    int[] shallow = new int[1 << 20];
    byte[] kind = new byte[1 << 20]; // 0 instance, 1 object array, 2 primitive array, 3 class
    int[] length = new int[1 << 20];
    int count;
    final List<Long> roots = new ArrayList<>();
    int idSize;

    HeapOwners(String file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file, "r"); FileChannel channel = raf.getChannel()) {
            data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    long id(int at) {
        return idSize == 8 ? data.getLong(at) : data.getInt(at) & 0xffffffffL;
    }

    int add(long objectId, long classId, int at, int size, byte k, int n) {
        if (count == ids.length) {
            int grown = count * 2;
            ids = Arrays.copyOf(ids, grown);
            classOf = Arrays.copyOf(classOf, grown);
            offset = Arrays.copyOf(offset, grown);
            shallow = Arrays.copyOf(shallow, grown);
            kind = Arrays.copyOf(kind, grown);
            length = Arrays.copyOf(length, grown);
        }
        ids[count] = objectId;
        classOf[count] = classId;
        offset[count] = at;
        shallow[count] = (size + 7) & ~7;
        kind[count] = k;
        length[count] = n;
        index.put(objectId, count);
        return count++;
    }

    void parse() {
        int p = 0;
        while (data.get(p) != 0) {
            p++;
        }
        p++;
        idSize = data.getInt(p);
        p += 12;
        int end = data.limit();
        while (p < end) {
            int tag = data.get(p) & 0xff;
            int len = data.getInt(p + 5);
            int body = p + 9;
            if (tag == 0x01) {
                byte[] text = new byte[len - idSize];
                data.get(body + idSize, text);
                strings.put(id(body), new String(text, java.nio.charset.StandardCharsets.UTF_8));
            } else if (tag == 0x02) {
                classNameIds.put(id(body + 4), id(body + 8 + idSize));
            } else if (tag == 0x0C || tag == 0x1C) {
                segment(body, body + len);
            }
            p = body + len;
        }
    }

    void segment(int q, int end) {
        while (q < end) {
            int sub = data.get(q++) & 0xff;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> {
                    roots.add(id(q));
                    q += idSize;
                }
                case 0x01 -> {
                    roots.add(id(q));
                    q += 2 * idSize;
                }
                case 0x02, 0x03, 0x08 -> {
                    roots.add(id(q));
                    q += idSize + 8;
                }
                case 0x04, 0x06 -> {
                    roots.add(id(q));
                    q += idSize + 4;
                }
                case 0x20 -> q = classDump(q);
                case 0x21 -> {
                    long objectId = id(q);
                    long classId = id(q + 4 + idSize);
                    int bytes = data.getInt(q + 4 + 2 * idSize);
                    add(objectId, classId, q + 8 + 2 * idSize, -1, (byte) 0, bytes);
                    q += 8 + 2 * idSize + bytes;
                }
                case 0x22 -> {
                    long objectId = id(q);
                    int n = data.getInt(q + idSize + 4);
                    long arrayClass = id(q + idSize + 8);
                    add(objectId, arrayClass, q + 2 * idSize + 8, 16 + 4 * n, (byte) 1, n);
                    q += 2 * idSize + 8 + n * idSize;
                }
                case 0x23 -> {
                    long objectId = id(q);
                    int n = data.getInt(q + idSize + 4);
                    int type = data.get(q + idSize + 8);
                    add(objectId, -type, q + idSize + 9, 16 + n * SIZES[type], (byte) 2, n);
                    q += idSize + 9 + n * (type == 2 ? idSize : SIZES[type]);
                }
                default -> throw new IllegalStateException("unknown sub-record " + Integer.toHexString(sub) + " at " + q);
            }
        }
    }

    int classDump(int q) {
        long classId = id(q);
        long superId = id(q + 4 + idSize);
        q += 4 + 7 * idSize + 4;
        int constants = data.getShort(q) & 0xffff;
        q += 2;
        for (int i = 0; i < constants; i++) {
            int type = data.get(q + 2);
            q += 3 + (type == 2 ? idSize : SIZES[type]);
        }
        int statics = data.getShort(q) & 0xffff;
        q += 2;
        List<Long> refs = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            int type = data.get(q + idSize);
            if (type == 2) {
                refs.add(id(q + idSize + 1));
            }
            q += idSize + 1 + (type == 2 ? idSize : SIZES[type]);
        }
        int fields = data.getShort(q) & 0xffff;
        q += 2;
        long[] names = new long[fields];
        byte[] types = new byte[fields];
        for (int i = 0; i < fields; i++) {
            names[i] = id(q);
            types[i] = data.get(q + idSize);
            q += idSize + 1;
        }
        classes.put(classId, new ClassInfo(classId, superId, null, names, types,
                refs.stream().mapToLong(Long::longValue).toArray()));
        add(classId, 0, 0, 0, (byte) 3, 0);
        roots.add(classId);
        return q;
    }

    String className(long classId) {
        if (classId < 0) {
            return switch ((int) -classId) {
                case 4 -> "boolean[]";
                case 5 -> "char[]";
                case 6 -> "float[]";
                case 7 -> "double[]";
                case 8 -> "byte[]";
                case 9 -> "short[]";
                case 10 -> "int[]";
                default -> "long[]";
            };
        }
        return strings.getOrDefault(classNameIds.get(classId), "?").replace('/', '.');
    }

    String classOfObject(int object) {
        return kind[object] == 3 ? "class " + className(ids[object]) : className(classOf[object]);
    }

    /** Shallow sizes of instances need the class layouts, known only after parsing. */
    void sizeInstances() {
        for (int i = 0; i < count; i++) {
            if (kind[i] == 0) {
                int bytes = 12;
                for (ClassInfo c = classes.get(classOf[i]); c != null; c = classes.get(c.superId())) {
                    for (byte type : c.fieldTypes()) {
                        bytes += SIZES[type];
                    }
                }
                shallow[i] = (bytes + 7) & ~7;
            }
        }
    }

    interface Edge {
        void to(int target, String label);
    }

    void references(int object, boolean labels, Edge edge) {
        switch (kind[object]) {
            case 0 -> {
                int at = offset[object];
                for (ClassInfo c = classes.get(classOf[object]); c != null; c = classes.get(c.superId())) {
                    for (int f = 0; f < c.fieldTypes().length; f++) {
                        byte type = c.fieldTypes()[f];
                        if (type == 2) {
                            int target = index.get(id(at));
                            if (target >= 0) {
                                edge.to(target, labels ? strings.getOrDefault(c.fieldNames()[f], "?") : null);
                            }
                            at += idSize;
                        } else {
                            at += SIZES[type];
                        }
                    }
                }
                int classIndex = index.get(classOf[object]);
                if (classIndex >= 0) {
                    edge.to(classIndex, labels ? "<class>" : null);
                }
            }
            case 1 -> {
                for (int i = 0; i < length[object]; i++) {
                    int target = index.get(id(offset[object] + i * idSize));
                    if (target >= 0) {
                        edge.to(target, labels ? "[" + i + "]" : null);
                    }
                }
            }
            case 3 -> {
                for (long ref : classes.get(ids[object]).staticRefs()) {
                    int target = index.get(ref);
                    if (target >= 0) {
                        edge.to(target, labels ? "<static>" : null);
                    }
                }
            }
            default -> {
            }
        }
    }

    boolean isA(long classId, String name) {
        for (ClassInfo c = classes.get(classId); c != null; c = classes.get(c.superId())) {
            if (className(c.id()).equals(name)) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        HeapOwners heap = new HeapOwners(args[0]);
        int minRetained = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        int maxDepth = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        // whose dominator tree to print: the index of one of HOLDERS (0, the UI, by default)
        int treeOf = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        heap.parse();
        heap.sizeInstances();
        heap.report(minRetained, maxDepth, treeOf);
    }

    void report(int minRetained, int maxDepth, int treeOf) {
        // the holders: every instance of (a subclass of) one of HOLDERS
        int[] holderGroup = new int[count];
        Arrays.fill(holderGroup, -1);
        Map<Long, Integer> groupOfClass = new HashMap<>();
        Map<Long, Boolean> barrier = new HashMap<>();
        List<List<Integer>> holders = new ArrayList<>();
        HOLDERS.forEach(h -> holders.add(new ArrayList<>()));
        for (int i = 0; i < count; i++) {
            if (kind[i] == 0) {
                int group = groupOfClass.computeIfAbsent(classOf[i], c -> {
                    for (int g = 0; g < HOLDERS.size(); g++) {
                        if (isA(c, HOLDERS.get(g))) {
                            return g;
                        }
                    }
                    return -1;
                });
                if (group >= 0) {
                    holderGroup[i] = group;
                    holders.get(group).add(i);
                } else if (barrier.computeIfAbsent(classOf[i], c -> BARRIERS.stream().anyMatch(b -> isA(c, b)))) {
                    holderGroup[i] = BARRIER;
                }
            }
        }
        // shared: reachable from the roots without passing through a holder
        int[] owner = new int[count]; // -1 unseen, -2 shared, else the holder's index
        Arrays.fill(owner, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long root : roots) {
            int r = index.get(root);
            if (r >= 0 && holderGroup[r] < 0 && owner[r] == -1) {
                owner[r] = -2;
                queue.add(r);
            }
        }
        while (!queue.isEmpty()) {
            int o = queue.poll();
            references(o, false, (t, label) -> {
                if (owner[t] == -1 && holderGroup[t] < 0) {
                    owner[t] = -2;
                    queue.add(t);
                }
            });
        }
        long sharedBytes = 0;
        for (int i = 0; i < count; i++) {
            if (owner[i] == -2) {
                sharedBytes += shallow[i];
            }
        }
        System.out.printf(Locale.ROOT, "%d objects, %.1f MiB reachable without passing a per-tab holder%n", count,
                sharedBytes / 1048576.0);
        long[] ownedBytes = new long[count];
        for (int g = 0; g < HOLDERS.size(); g++) {
            Map<String, long[]> byClass = new HashMap<>();
            long total = 0;
            for (int h : holders.get(g)) {
                if (owner[h] != -1) {
                    continue; // reached from an earlier holder
                }
                owner[h] = h;
                queue.add(h);
                while (!queue.isEmpty()) {
                    int o = queue.poll();
                    ownedBytes[h] += shallow[o];
                    byClass.computeIfAbsent(classOfObject(o), k -> new long[2])[0]++;
                    byClass.get(classOfObject(o))[1] += shallow[o];
                    references(o, false, (t, label) -> {
                        if (owner[t] == -1 && (holderGroup[t] < 0 || holderGroup[t] == BARRIER)) {
                            owner[t] = h;
                            queue.add(t);
                        }
                    });
                }
                total += ownedBytes[h];
            }
            int n = holders.get(g).size();
            System.out.printf(Locale.ROOT, "%n%s: %d, owning %.1f KiB each on average%n", HOLDERS.get(g), n,
                    n == 0 ? 0 : total / 1024.0 / n);
            if (n == 0) {
                continue;
            }
            byClass.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %10.0f B %8.1f objects  %s%n",
                            (double) e.getValue()[1] / n, (double) e.getValue()[0] / n, e.getKey()));
        }
        // one typical holder (a UI unless asked otherwise): the one whose owned size is the median
        List<Integer> uis = new ArrayList<>(holders.get(treeOf));
        if (uis.isEmpty()) {
            return;
        }
        uis.sort((a, b) -> Long.compare(ownedBytes[a], ownedBytes[b]));
        int ui = uis.get(uis.size() / 2);
        System.out.printf(Locale.ROOT, "%nDominator tree of the median holder (%s, owns %.1f KiB); subtrees >= %d B%n",
                classOfObject(ui), ownedBytes[ui] / 1024.0, minRetained);
        Map<String, Integer> nodesByComponent = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (owner[i] == ui && classOfObject(i).startsWith("com.vaadin.flow.internal.StateNode")) {
                nodesByComponent.merge(describe(i), 1, Integer::sum);
            }
        }
        System.out.println("state nodes of the median UI, by component:");
        nodesByComponent.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
        dominators(ui, owner, minRetained, maxDepth);
    }

    /** Cooper, Harvey and Kennedy's iterative dominators on what one UI owns, rooted at the UI. */
    void dominators(int ui, int[] owner, int minRetained, int maxDepth) {
        // the UI's own subgraph, numbered in reverse post order
        Map<Integer, Integer> local = new HashMap<>();
        List<Integer> nodes = new ArrayList<>();
        List<List<Integer>> predecessors = new ArrayList<>();
        Map<Long, String> labels = new HashMap<>();
        // iterative DFS for post order
        List<Integer> post = new ArrayList<>();
        Map<Integer, Boolean> visited = new HashMap<>();
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        Map<Integer, List<Integer>> successors = new HashMap<>();
        visited.put(ui, true);
        stack.push(new int[] {ui, 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<Integer> next = successors.computeIfAbsent(top[0], o -> {
                List<Integer> out = new ArrayList<>();
                references(o, true, (t, label) -> {
                    if (owner[t] == ui && t != ui) {
                        out.add(t);
                        labels.putIfAbsent(((long) o << 32) | t, label);
                    }
                });
                return out;
            });
            if (top[1] < next.size()) {
                int t = next.get(top[1]++);
                if (visited.putIfAbsent(t, true) == null) {
                    stack.push(new int[] {t, 0});
                }
            } else {
                post.add(stack.pop()[0]);
            }
        }
        int n = post.size();
        for (int i = 0; i < n; i++) {
            int o = post.get(n - 1 - i);
            local.put(o, i);
            nodes.add(o);
            predecessors.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int t : successors.get(nodes.get(i))) {
                predecessors.get(local.get(t)).add(i);
            }
        }
        int[] idom = new int[n];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < n; b++) {
                int chosen = -1;
                for (int p : predecessors.get(b)) {
                    if (idom[p] < 0) {
                        continue;
                    }
                    if (chosen < 0) {
                        chosen = p;
                    } else {
                        int x = p;
                        int y = chosen;
                        while (x != y) {
                            while (x > y) {
                                x = idom[x];
                            }
                            while (y > x) {
                                y = idom[y];
                            }
                        }
                        chosen = x;
                    }
                }
                if (chosen >= 0 && idom[b] != chosen) {
                    idom[b] = chosen;
                    changed = true;
                }
            }
        }
        long[] retained = new long[n];
        for (int b = n - 1; b >= 0; b--) {
            retained[b] += shallow[nodes.get(b)];
            if (b > 0) {
                retained[idom[b]] += retained[b];
            }
        }
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (int b = 1; b < n; b++) {
            children.get(idom[b]).add(b);
        }
        print(0, 0, "", nodes, children, retained, labels, idom, minRetained, maxDepth);
    }

    void print(int b, int depth, String label, List<Integer> nodes, List<List<Integer>> children, long[] retained,
               Map<Long, String> labels, int[] idom, int minRetained, int maxDepth) {
        int o = nodes.get(b);
        String extra = kind[o] == 2 && classOf[o] == -8 && length[o] > 0 ? "  \"" + preview(o) + "\"" : "";
        System.out.printf(Locale.ROOT, "%s%-6s %s%s (%d B)%s%n", "  ".repeat(depth), retained[b], label,
                describe(o), shallow[o], extra);
        if (depth >= maxDepth) {
            return;
        }
        List<Integer> kids = new ArrayList<>(children.get(b));
        kids.sort((x, y) -> Long.compare(retained[y], retained[x]));
        long small = 0;
        int smallCount = 0;
        for (int k : kids) {
            if (retained[k] >= minRetained) {
                String edge = labels.get(((long) o << 32) | nodes.get(k));
                print(k, depth + 1, edge == null ? "(via " + classOfObject(nodes.get(idom[k])) + ") " : edge + ": ",
                        nodes, children, retained, labels, idom, minRetained, maxDepth);
            } else {
                small += retained[k];
                smallCount++;
            }
        }
        if (smallCount > 0) {
            System.out.printf(Locale.ROOT, "%s%-6s (%d smaller subtrees)%n", "  ".repeat(depth + 1), small, smallCount);
        }
    }

    /** The object a reference field of an instance points to, or -1. */
    int field(int object, String name) {
        if (object < 0 || kind[object] != 0) {
            return -1;
        }
        int at = offset[object];
        for (ClassInfo c = classes.get(classOf[object]); c != null; c = classes.get(c.superId())) {
            for (int f = 0; f < c.fieldTypes().length; f++) {
                byte type = c.fieldTypes()[f];
                if (type == 2) {
                    if (name.equals(strings.get(c.fieldNames()[f]))) {
                        return index.get(id(at));
                    }
                    at += idSize;
                } else {
                    at += SIZES[type];
                }
            }
        }
        return -1;
    }

    /** A state node is named after the component it belongs to (its ComponentMapping feature). */
    String describe(int object) {
        String name = classOfObject(object);
        if (!name.startsWith("com.vaadin.flow.internal.StateNode")) {
            return name;
        }
        int features = field(object, "features");
        if (features < 0 || kind[features] != 1) {
            return name;
        }
        for (int i = 0; i < length[features]; i++) {
            int feature = index.get(id(offset[features] + i * idSize));
            if (feature >= 0 && classOfObject(feature).endsWith("ComponentMapping")) {
                int component = field(feature, "component");
                return name + " of " + (component < 0 ? "no component" : classOfObject(component));
            }
        }
        return name;
    }

    String preview(int byteArray) {
        int n = Math.min(40, length[byteArray]);
        byte[] text = new byte[n];
        data.get(offset[byteArray], text);
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", ".");
    }

    /** Open addressing, long keys to int values; -1 for absent. */
    static final class LongIntMap {
        long[] keys;
        int[] values;
        int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(values, -1);
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                Arrays.fill(values, -1);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] >= 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int slot = slot(key);
            while (values[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (values[slot] < 0) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(long key) {
            int slot = slot(key);
            while (values[slot] >= 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return -1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & (keys.length - 1);
        }
    }
}
