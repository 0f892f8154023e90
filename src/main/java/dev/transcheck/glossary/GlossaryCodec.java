package dev.transcheck.glossary;

import dev.transcheck.io.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A loaded glossary in the glossary cache ({@link GlossaryCache}): looked up, written and read. */
final class GlossaryCodec {
    private GlossaryCodec() {
    }

    /**
     * The glossary of {@code files} from {@code cache} when it holds them as they are now, else
     * loaded (see {@link GlossaryLoader#loadAll(List, GlossaryCache)}) and written there.
     */
    static Glossary load(List<Path> files, GlossaryCache cache) throws InputException {
        String key = cache.key(files, false);
        if (key == null) {
            return GlossaryLoader.loadFiles(files); // a file cannot be read: the loader says why
        }
        GlossaryCache.Slot slot = new GlossaryCache.Slot(cache, key);
        Glossary cached = slot.read(GLOSSARY_PART, GlossaryCodec::readGlossary);
        if (cached != null) {
            return cached.withSlot(slot);
        }
        Glossary g = GlossaryLoader.loadFiles(files);
        if (!key.equals(cache.key(files, true))) {
            return g; // a file changed while it was read: not cached under either key
        }
        slot.write(GLOSSARY_PART, out -> writeGlossary(out, g));
        return g.withSlot(slot);
    }

    /** The name of the cached glossary in a cache entry. */
    static final String GLOSSARY_PART = "glossary";

    /** Writes {@code g} (concepts, forms and relations) for {@link #readGlossary}. */
    static void writeGlossary(java.io.DataOutputStream out, Glossary g) throws IOException {
        Map<String, Integer> files = new java.util.HashMap<>(); // an origin is "file:line": each file once
        out.writeInt(g.size());
        for (Concept c : g.concepts()) {
            GlossaryCache.writeString(out, c.id());
            out.writeByte(c.type().ordinal());
            out.writeInt(c.terms().size());
            for (Term t : c.terms()) {
                GlossaryCache.writeString(out, t.lang());
                GlossaryCache.writeString(out, t.form());
                out.writeByte(t.status().ordinal());
                GlossaryCache.writeNullable(out, t.note());
                GlossaryCache.writeNullable(out, t.romanisedFrom());
                int colon = t.origin().lastIndexOf(':');
                String file = colon < 0 ? "" : t.origin().substring(0, colon + 1);
                Integer at = files.get(file);
                if (at == null) {
                    out.writeInt(-1);
                    GlossaryCache.writeString(out, file);
                    files.put(file, files.size());
                } else {
                    out.writeInt(at);
                }
                GlossaryCache.writeString(out, t.origin().substring(file.length()));
            }
        }
        List<String> relations = new ArrayList<>(g.relations());
        java.util.Collections.sort(relations);
        out.writeInt(relations.size());
        for (String r : relations) {
            GlossaryCache.writeString(out, r);
        }
    }

    /** The glossary {@link #writeGlossary} wrote. */
    static Glossary readGlossary(java.io.DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Concept> concepts = new ArrayList<>(Math.max(0, Math.min(n, 1 << 16)));
        Map<String, String> langs = new java.util.HashMap<>(); // one string per language code
        List<String> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = GlossaryCache.readString(in);
            ConceptType type = ConceptType.values()[in.readUnsignedByte()];
            int m = in.readInt();
            List<Term> terms = new ArrayList<>(Math.max(0, Math.min(m, 1 << 16)));
            for (int j = 0; j < m; j++) {
                String lang = langs.computeIfAbsent(GlossaryCache.readString(in), l -> l);
                String form = GlossaryCache.readString(in);
                TermStatus status = TermStatus.values()[in.readUnsignedByte()];
                String note = GlossaryCache.readNullable(in);
                String rom = GlossaryCache.readNullable(in);
                int at = in.readInt();
                if (at == -1) {
                    files.add(GlossaryCache.readString(in));
                    at = files.size() - 1;
                }
                String origin = files.get(at) + GlossaryCache.readString(in);
                terms.add(new Term(lang, form, status, note, rom == null ? null : langs.computeIfAbsent(rom, l -> l), origin));
            }
            concepts.add(new Concept(id, type, terms));
        }
        int r = in.readInt();
        java.util.Set<String> relations = new java.util.HashSet<>();
        for (int i = 0; i < r; i++) {
            relations.add(GlossaryCache.readString(in));
        }
        Glossary g = new Glossary(concepts, relations);
        if (g.size() != n || relations.size() != r) {
            throw new IOException("duplicate entries");
        }
        return g;
    }
}
