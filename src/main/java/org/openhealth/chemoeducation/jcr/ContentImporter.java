package org.openhealth.chemoeducation.jcr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.InvalidSerializedDataException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeIterator;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

import org.apache.jackrabbit.api.XASession;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.openhealth.chemoeducation.definition.ContentFile;
import org.openhealth.chemoeducation.definition.ContentShapes;
import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.Identifiers;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.definition.YamlSource;

/**
 * Imports Magnolia bootstrap files — YAML JCR exports and JCR system-view XML named
 * {@code <workspace>.<path.with.dots>.yaml|xml} — into a {@link PreviewRepository}. A node already at the
 * same path is replaced, as Magnolia's bootstrap does (file naming:
 * https://docs.magnolia-cms.com/product-docs/administration/importing-and-exporting-data/importing-and-exporting-jcr-data-for-bootstrapping/Bootstrapping-in-light-modules).
 * The import is all-or-nothing: every file is parsed and checked first (names, node types, identifiers, text JCR
 * can store), then all files are imported in one transaction per workspace, committed together only when every
 * workspace has validated its changes (two-phase commit over Jackrabbit's XA sessions); any failure leaves the
 * repository as it was. Each workspace's files are saved with one {@code save()}: saving after every file costs
 * time proportional to the siblings already saved (Jackrabbit copies a parent's child list on each change), so
 * 10,000 terms in one folder took minutes. When that one save fails, the import is rolled back and run again
 * saving after each file, only to name the file at fault.
 */
public final class ContentImporter {

    /** An optional namespace prefix, then a local name without / : [ ] | * and without leading or trailing space. */
    private static final Pattern JCR_NAME = Pattern.compile(
            "([A-Za-z][\\w.-]*:)?[^/:\\[\\]|*\\s]([^/:\\[\\]|*]*[^/:\\[\\]|*\\s])?");
    /** Seconds a transaction may stay open before Jackrabbit rolls it back (its default is 5). */
    private static final int TRANSACTION_TIMEOUT = 3600;

    private final PreviewRepository repository;
    /** Checks every content item's values against its content type, so no wrongly shaped value is imported. */
    private final ContentShapes shapes;
    /** Read once, on the first import: node types and namespaces are registered when the repository starts. */
    private NodeTypes nodeTypes;

    /** An importer that checks names, node types and identifiers, but not values against content types. */
    public ContentImporter(PreviewRepository repository) {
        this(repository, null);
    }

    /** An importer that also refuses values shaped unlike their content type ({@link ContentShapes}); may be null. */
    public ContentImporter(PreviewRepository repository, ContentShapes shapes) {
        this.repository = repository;
        this.shapes = shapes;
    }

    /**
     * A parsed file ready to import: its node tree, and for a system-view file its XML (YAML is sent to the import
     * handler as events of the equivalent XML, {@link SystemViewEvents}).
     */
    private record Prepared(ContentFile content, byte[] systemViewXml) {

        String workspace() {
            return content.workspace();
        }

        String target() {
            return content.path();
        }
    }

    /** The node types the repository knows, split into primary types and mixins, and its namespace prefixes. */
    private record NodeTypes(Set<String> primary, Set<String> mixins, Set<String> prefixes) {
    }

    /**
     * Imports the files (folders are expanded to their *.yaml and *.xml files, sorted by name) in the given
     * order. Returns the number of files imported; throws {@link ContentImportException} listing every
     * problem when any file is bad, having imported nothing.
     */
    public int importAll(List<Path> filesOrFolders) {
        List<Path> files;
        try {
            files = ContentFile.expand(filesOrFolders);
        } catch (DefinitionException e) {
            throw new ContentImportException(List.of(e.toProblem()));
        }
        NodeTypes nodeTypes = nodeTypes();
        List<Problem> problems = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        // files are read and checked in parallel (each on its own; results and problems in file order)
        List<Object> outcomes = files.parallelStream().map(file -> {
            try {
                return (Object) prepare(file, nodeTypes);
            } catch (DefinitionException e) {
                return e.toProblem();
            }
        }).toList();
        for (Object outcome : outcomes) {
            if (outcome instanceof Prepared p) {
                prepared.add(p);
            } else {
                problems.add((Problem) outcome);
            }
        }
        if (shapes != null) {
            prepared.forEach(p -> problems.addAll(shapes.check(p.content())));
        }
        problems.addAll(duplicateIdentifiers(prepared));
        if (!problems.isEmpty()) {
            throw new ContentImportException(problems);
        }
        importInTransaction(prepared);
        return prepared.size();
    }

    /**
     * Imports every file, then commits all workspaces together: each workspace's changes go into its own XA
     * transaction branch, all branches are prepared (Jackrabbit checks references and constraints there) and only
     * then committed. Any failure before the commit rolls every branch back.
     */
    private void importInTransaction(List<Prepared> prepared) {
        try {
            importInTransaction(prepared, false);
        } catch (BatchSaveFailed e) {
            // every branch was rolled back; import again, file by file, so the problem names the file at fault
            importInTransaction(prepared, true);
        }
    }

    /** A workspace's one save failed, and every branch was rolled back: the file at fault is not known yet. */
    private static final class BatchSaveFailed extends RuntimeException {
        BatchSaveFailed(Throwable cause) {
            super(cause);
        }
    }

    private void importInTransaction(List<Prepared> prepared, boolean savePerFile) {
        Map<String, List<Prepared>> byWorkspace = new LinkedHashMap<>();
        for (Prepared p : prepared) {
            byWorkspace.computeIfAbsent(p.workspace(), w -> new ArrayList<>()).add(p);
        }
        String transaction = java.util.UUID.randomUUID().toString();
        try (Sessions sessions = new Sessions(repository)) {
            List<Branch> branches = new ArrayList<>();
            for (Map.Entry<String, List<Prepared>> files : byWorkspace.entrySet()) {
                branches.add(new Branch(sessions.get(files.getKey()), new BranchId(transaction, branches.size()),
                        files.getValue()));
            }
            // workspaces are independent (own session, item state manager and index): their branches are imported,
            // saved and prepared side by side, each file in its order; one failure rolls every branch back
            RuntimeException failed = firstFailure(runAll(branches, branch -> branch.importAndPrepare(savePerFile)));
            if (failed != null) {
                branches.forEach(Branch::rollback);
                throw failed;
            }
            // every branch is prepared: commit them side by side too (the index update of a big workspace is most of
            // the commit)
            failed = firstFailure(runAll(branches, Branch::commit));
            if (failed != null) {
                throw failed;
            }
        }
    }

    /** The first failure of tasks, in task order, after all of them ended; null when none failed. */
    private static RuntimeException firstFailure(List<Future<?>> tasks) {
        RuntimeException failed = null;
        for (Future<?> done : tasks) {
            try {
                done.get();
            } catch (ExecutionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new ContentRepositoryException("import failed", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = failed != null ? failed : new ContentRepositoryException("import interrupted", e);
            }
        }
        return failed;
    }

    /** Runs a task for each branch, at most one per processor at a time. */
    private static List<Future<?>> runAll(List<Branch> branches, Consumer<Branch> task) {
        int threads = Math.max(1, Math.min(branches.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "content-import");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Branch branch : branches) {
                futures.add(pool.submit(() -> task.accept(branch)));
            }
            return futures;
        } finally {
            pool.shutdown();
        }
    }

    /** One workspace's files in their own XA transaction branch. */
    private static final class Branch {
        private final Session session;
        private final Xid xid;
        private final List<Prepared> files;
        private XAResource resource;

        Branch(Session session, Xid xid, List<Prepared> files) {
            this.session = session;
            this.xid = xid;
            this.files = files;
        }

        /** Imports and saves the files, then prepares the branch (Jackrabbit checks references and constraints). */
        void importAndPrepare(boolean savePerFile) {
            Prepared current = null;
            try {
                XAResource branch = ((XASession) session).getXAResource();
                branch.setTransactionTimeout(TRANSACTION_TIMEOUT);
                branch.start(xid, XAResource.TMNOFLAGS);
                resource = branch;
                for (Prepared p : files) {
                    current = p;
                    importOne(session, p);
                    if (savePerFile) {
                        session.save();
                    }
                }
            } catch (RepositoryException | IOException | XAException | RuntimeException e) {
                throw failure(current, e);
            }
            if (!savePerFile) {
                try {
                    session.save();
                } catch (RepositoryException | RuntimeException e) {
                    throw new BatchSaveFailed(e);
                }
            }
            try {
                resource.end(xid, XAResource.TMSUCCESS);
                resource.prepare(xid);
            } catch (XAException | RuntimeException e) {
                throw failure(files.get(files.size() - 1), e);
            }
        }

        void rollback() {
            if (resource == null) {
                return;
            }
            try {
                resource.end(xid, XAResource.TMFAIL);
            } catch (XAException | RuntimeException ignored) {
                // the branch may have ended already; roll it back all the same
            }
            try {
                resource.rollback(xid);
            } catch (XAException | RuntimeException ignored) {
                // a branch that failed to prepare has already rolled itself back
            }
        }

        void commit() {
            try {
                resource.commit(xid, false);
            } catch (XAException e) {
                throw new ContentRepositoryException("committing workspace " + files.get(0).workspace()
                        + " failed after the others were committed", e);
            }
        }
    }

    /**
     * The problem for a failure while importing {@code file} (null: before any file), with the message of the
     * innermost cause (Jackrabbit wraps the reason a transaction cannot be prepared several times).
     */
    private static ContentImportException failure(Prepared file, Exception e) {
        Throwable cause = e;
        Throwable inner = e.getCause();
        for (int depth = 0; inner != null && depth < 20; inner = inner.getCause(), depth++) {
            if (inner.getMessage() != null) {
                cause = inner;
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (file == null) {
            return new ContentImportException(List.of(new Problem("import", 1, "cannot import: " + message)));
        }
        return new ContentImportException(List.of(new Problem(file.content().file(), file.content().line(),
                "cannot import into workspace " + file.workspace() + ": " + message.replaceAll("\\s+", " "))));
    }

    private static void importOne(Session session, Prepared p) throws RepositoryException, IOException {
        String parentPath = p.content().parentPath();
        if (!session.nodeExists(parentPath)) {
            throw new RepositoryException("parent node " + parentPath + " does not exist");
        }
        if (session.nodeExists(p.target())) {
            session.getNode(p.target()).remove();
        }
        if (p.systemViewXml() != null) {
            try (InputStream in = new ByteArrayInputStream(p.systemViewXml())) {
                session.importXML(parentPath, in, ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
            }
            return;
        }
        ContentHandler handler = session.getImportContentHandler(parentPath,
                ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
        try {
            SystemViewEvents.send(handler, p.content().nodeName(), p.content().node());
        } catch (SAXException e) {
            // as Session.importXML reports a failure of its handler
            if (e.getException() instanceof RepositoryException cause) {
                throw cause;
            }
            if (e.getException() instanceof IOException cause) {
                throw cause;
            }
            throw new InvalidSerializedDataException("XML parse error", e);
        }
    }

    private NodeTypes nodeTypes() {
        if (nodeTypes != null) {
            return nodeTypes;
        }
        Set<String> primary = new HashSet<>();
        Set<String> mixins = new HashSet<>();
        Session session = repository.login(PreviewRepository.WEBSITE);
        try {
            for (NodeTypeIterator it = session.getWorkspace().getNodeTypeManager().getAllNodeTypes(); it.hasNext(); ) {
                NodeType type = it.nextNodeType();
                if (type.isMixin()) {
                    mixins.add(type.getName());
                } else if (!type.isAbstract()) {
                    primary.add(type.getName());
                }
            }
            nodeTypes = new NodeTypes(primary, mixins,
                    Set.of(session.getWorkspace().getNamespaceRegistry().getPrefixes()));
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot list node types: " + e.getMessage(), e);
        } finally {
            session.logout();
        }
        return nodeTypes;
    }

    private Prepared prepare(Path file, NodeTypes nodeTypes) {
        String name = file.toString();
        if (!file.toFile().isFile()) {
            throw new DefinitionException(name, 1, "no such file");
        }
        ContentFile content = ContentFile.read(file);
        if (!repository.workspaces().contains(content.workspace())) {
            throw new DefinitionException(name, 1, "unknown workspace '" + content.workspace() + "'; known: "
                    + repository.workspaces());
        }
        checkNode(name, content.nodeName(), content.node(), content.line(), nodeTypes, 0);
        byte[] systemViewXml = name.endsWith(".xml") ? MagnoliaYaml.readUtf8(file).getBytes(StandardCharsets.UTF_8)
                : null;
        return new Prepared(content, systemViewXml);
    }

    /** What JCR would refuse later without a line: names, node types, identifiers, characters, shapes. */
    private static void checkNode(String file, String name, YamlSource node, int line, NodeTypes nodeTypes,
                                  int depth) {
        if (!JCR_NAME.matcher(name).matches() || !storable(name) || name.equals(".") || name.equals("..")) {
            throw new DefinitionException(file, line, "'" + printable(name) + "' is not a valid JCR node name");
        }
        knownPrefix(file, line, name, nodeTypes);
        Object primaryType = node.get("jcr:primaryType");
        if (!(primaryType instanceof String type)) {
            throw new DefinitionException(file, line, "node '" + name + "' has no 'jcr:primaryType'");
        }
        if (!nodeTypes.primary().contains(type)) {
            throw new DefinitionException(file, node.lineOf("jcr:primaryType"), "'jcr:primaryType' '"
                    + printable(type) + "' of node '" + name + "' is not a node type of the repository");
        }
        Object mixins = node.get("jcr:mixinTypes");
        for (Object mixin : mixins instanceof List<?> list ? list : mixins == null ? List.of() : List.of(mixins)) {
            if (!(mixin instanceof String text) || !nodeTypes.mixins().contains(text)) {
                throw new DefinitionException(file, node.lineOf("jcr:mixinTypes"), "'jcr:mixinTypes' of node '"
                        + name + "' names " + printable(String.valueOf(mixin)) + ", which is not a mixin type of"
                        + " the repository");
            }
        }
        if (node.containsKey("jcr:uuid") && !(node.get("jcr:uuid") instanceof String uuid
                && Identifiers.isIdentifier(uuid))) {
            throw new DefinitionException(file, node.lineOf("jcr:uuid"), "'jcr:uuid' of node '" + name
                    + "' is not a UUID");
        }
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            String key = entry.getKey();
            if (entry.getValue() instanceof YamlSource child) {
                checkNode(file, key, child, node.lineOf(key), nodeTypes, depth + 1);
                continue;
            }
            if (!JCR_NAME.matcher(key).matches() || !storable(key)) {
                throw new DefinitionException(file, node.lineOf(key), "'" + printable(key)
                        + "' is not a valid property name");
            }
            knownPrefix(file, node.lineOf(key), key, nodeTypes);
            Object value = entry.getValue();
            for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
                if (item instanceof Map<?, ?> || item instanceof List<?> || item == null) {
                    throw new DefinitionException(file, node.lineOf(key), "property '" + key
                            + "' must be a value or a list of values");
                }
                if (item instanceof String text && !storable(text)) {
                    throw new DefinitionException(file, node.lineOf(key), "property '" + key
                            + "' holds a control character that a JCR value cannot hold");
                }
            }
        }
    }

    private static void knownPrefix(String file, int line, String name, NodeTypes nodeTypes) {
        int colon = name.indexOf(':');
        if (colon > 0 && !nodeTypes.prefixes().contains(name.substring(0, colon))) {
            throw new DefinitionException(file, line, "'" + printable(name) + "' uses the namespace prefix '"
                    + name.substring(0, colon) + "', which the repository does not know");
        }
    }

    /** Whether XML 1.0 (so a JCR import) can carry the text: no control characters but tab, CR and LF. */
    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A name for a message: control characters shown as {@code \\uXXXX}, at most 80 characters. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c == 0x7F ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.length() > 80 ? out.substring(0, 77) + "..." : out.toString();
    }

    /**
     * Two nodes imported with the same identifier into one workspace: the second would silently remove the first.
     * A file that replaces an earlier file's node (same path or above it) may of course reuse its identifiers.
     */
    private static List<Problem> duplicateIdentifiers(List<Prepared> prepared) {
        // which files a later file replaces: walk backwards, remembering the later targets of each workspace
        boolean[] replacedLater = new boolean[prepared.size()];
        Map<String, TreeSet<String>> laterTargets = new HashMap<>();
        for (int i = prepared.size() - 1; i >= 0; i--) {
            Prepared p = prepared.get(i);
            TreeSet<String> later = laterTargets.computeIfAbsent(p.workspace(), w -> new TreeSet<>());
            replacedLater[i] = replacedBy(later, p.target());
            later.add(p.target());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, Problem>> seen = new HashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            if (replacedLater[i]) {
                continue;
            }
            ContentFile content = prepared.get(i).content();
            Map<String, Problem> inWorkspace = seen.computeIfAbsent(content.workspace(), w -> new HashMap<>());
            collectIdentifiers(content.file(), content.node(), inWorkspace, problems);
        }
        return problems;
    }

    /** Whether one of {@code targets} is {@code path}, above it or below it. */
    private static boolean replacedBy(TreeSet<String> targets, String path) {
        if (targets.contains(path)) {
            return true;
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (targets.contains(path.substring(0, slash))) {
                return true;
            }
        }
        String below = targets.ceiling(path + "/");
        return below != null && below.startsWith(path + "/");
    }

    private static void collectIdentifiers(String file, YamlSource node, Map<String, Problem> seen,
                                           List<Problem> problems) {
        if (node.get("jcr:uuid") instanceof String uuid) {
            Problem here = new Problem(file, node.lineOf("jcr:uuid"), uuid);
            Problem first = seen.putIfAbsent(Identifiers.key(uuid), here);
            if (first != null) {
                problems.add(new Problem(file, here.line(), "'jcr:uuid' '" + uuid + "' is also used at "
                        + first.file() + ":" + first.line() + "; importing both would remove the first node"));
            }
        }
        for (Object value : node.values()) {
            if (value instanceof YamlSource child) {
                collectIdentifiers(file, child, seen, problems);
            }
        }
    }

    /** A transaction branch of one import: one per workspace, all of the same (local, never recovered) transaction. */
    private record BranchId(String transaction, int branch) implements Xid {

        @Override
        public int getFormatId() {
            return 0x43484d4f;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return transaction.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public byte[] getBranchQualifier() {
            return new byte[] {(byte) (branch >>> 24), (byte) (branch >>> 16), (byte) (branch >>> 8), (byte) branch};
        }
    }
}
