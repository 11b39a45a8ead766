package shelf.catalog.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * Findings one after the other in one byte array, a row of finding_pack. Each finding starts with a mask of its
 * texts equal to the previous finding's (merchant, SPU, file, sheet, pack and code mostly are), which are not
 * written again; the others are UTF-8 with their length.
 */
final class FindingPack {
    /** Findings in a pack: a few dozen kilobytes a row. */
    static final int SIZE = 1_000;
    private static final int NO_CELL = 1 << 10;

    /** Written directly: a DataOutputStream over a ByteArrayOutputStream takes a lock for every byte of an int. */
    private ByteBuffer bytes = ByteBuffer.allocate(64 << 10);
    private String[] previous = new String[10];
    private int size;

    void add(Finding f) {
        // a cell without a file was stored as none in the finding table too
        SourceCell cell = f.source() == null || f.source().file() == null ? null : f.source();
        String[] texts = texts(f, cell);
        int mask = cell == null ? NO_CELL : 0;
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].equals(previous[i])) {
                mask |= 1 << i;
            }
        }
        // big-endian, as DataInputStream reads it back in each
        room(2).putShort((short) mask);
        for (int i = 0; i < texts.length; i++) {
            if ((mask & (1 << i)) == 0) {
                byte[] utf8 = texts[i].getBytes(StandardCharsets.UTF_8);
                room(4 + utf8.length).putInt(utf8.length).put(utf8);
            }
        }
        if (cell != null) {
            room(8).putInt(cell.row()).putInt(cell.column());
        }
        previous = texts;
        size++;
    }

    int size() {
        return size;
    }

    /** The findings added since the last call, packed; the pack starts empty again. */
    byte[] take() {
        byte[] packed = Arrays.copyOf(bytes.array(), bytes.position());
        bytes.clear();
        previous = new String[10];
        size = 0;
        return packed;
    }

    private ByteBuffer room(int needed) {
        if (bytes.remaining() < needed) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * bytes.capacity(), bytes.position() + needed));
            bytes.flip();
            bytes = larger.put(bytes);
        }
        return bytes;
    }

    /** Each finding of a pack, in the order they were added. */
    static void each(byte[] packed, Consumer<Finding> each) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        String[] texts = new String[10];
        while (in.hasRemaining()) {
            int mask = in.getShort() & 0xFFFF;
            String[] now = new String[10];
            for (int i = 0; i < now.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    now[i] = texts[i];
                } else {
                    int length = in.getInt();
                    now[i] = new String(packed, in.position(), length, StandardCharsets.UTF_8);
                    in.position(in.position() + length);
                }
            }
            texts = now;
            SourceCell cell = (mask & NO_CELL) != 0 ? null
                    : new SourceCell(texts[6], texts[7], in.getInt(), in.getInt());
            each.accept(new Finding(texts[0], Severity.valueOf(texts[1]), texts[2], texts[3], texts[4], texts[5],
                    cell, texts[8], texts[9]));
        }
    }

    /** code, severity, merchant, SPU, SKU, field, file, sheet, message, pack: the file and sheet empty without a cell. */
    private static String[] texts(Finding f, SourceCell cell) {
        return new String[] {f.code(), f.severity().name(), f.merchant(), f.spuCode(), f.skuCode(), f.field(),
            cell == null ? "" : cell.file(), cell == null ? "" : cell.sheet(), f.message(), f.pack()};
    }
}
