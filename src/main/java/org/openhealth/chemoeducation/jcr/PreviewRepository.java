package org.openhealth.chemoeducation.jcr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;

/**
 * An embedded Apache Jackrabbit 2.x repository set up the way the module expects Magnolia's to be: the
 * (unofficial) Magnolia node types, the {@code website} and {@code userroles} workspaces plus one workspace per
 * content type. In memory by default; kept on disk when given a directory.
 */
public final class PreviewRepository implements AutoCloseable {

    /** Workspace of site pages in Magnolia. */
    public static final String WEBSITE = "website";

    /** Workspace of roles in Magnolia; the module ships its roles as bootstrap files for it. */
    public static final String USERROLES = "userroles";

    private static final String CONFIG_ROOT = "/chemo-education-preview/config/";
    private static final SimpleCredentials ADMIN = new SimpleCredentials("admin", "admin".toCharArray());

    static {
        // Jackrabbit's JCR-SQL2 engine sorts ORDER BY results in memory after loading every hit unless this is set
        // (org.apache.jackrabbit.core.query.lucene.join.QueryEngine.NATIVE_SORT_SYSTEM_PROPERTY); with it Lucene sorts
        // and only the page asked for is loaded: delivery's orderBy over 10,000 terms went from about 170 ms to
        // 45 ms, same order. Read once, when Jackrabbit's query engine is first loaded; a value given with -D wins.
        if (System.getProperty("useNativeSort") == null) {
            System.setProperty("useNativeSort", "true");
        }
    }

    private final RepositoryImpl repository;
    private final Path home;
    private final boolean temporaryHome;
    private final Set<String> workspaces;

    private PreviewRepository(RepositoryImpl repository, Path home, boolean temporaryHome, Set<String> workspaces) {
        this.repository = repository;
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.workspaces = workspaces;
    }

    /** Starts an in-memory repository with the given workspaces (website and userroles are always added). */
    public static PreviewRepository inMemory(Collection<String> workspaces) {
        try {
            Path home = Files.createTempDirectory("chemo-preview-jcr");
            return start("jackrabbit/repository-inmemory.xml", home, true, workspaces);
        } catch (IOException e) {
            throw new ContentRepositoryException("cannot create a temporary repository home: " + e.getMessage(), e);
        }
    }

    /** Starts (or reopens) a repository kept in {@code dir}. */
    public static PreviewRepository persistent(Path dir, Collection<String> workspaces) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ContentRepositoryException("cannot create repository directory " + dir + ": " + e.getMessage(), e);
        }
        return start("jackrabbit/repository-persistent.xml", dir.toAbsolutePath(), false, workspaces);
    }

    private static PreviewRepository start(String config, Path home, boolean temporary, Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(WEBSITE);
        wanted.addAll(names);
        wanted.add(USERROLES);
        try (InputStream in = resource(config)) {
            RepositoryImpl repository = RepositoryImpl.create(RepositoryConfig.create(in, home.toString()));
            Session session = repository.login(ADMIN, WEBSITE);
            try {
                registerNodeTypes(session);
                Set<String> existing = new HashSet<>(Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()));
                for (String name : wanted) {
                    if (!existing.contains(name)) {
                        session.getWorkspace().createWorkspace(name);
                    }
                }
            } finally {
                session.logout();
            }
            return new PreviewRepository(repository, home, temporary, wanted);
        } catch (RepositoryException | IOException e) {
            throw new ContentRepositoryException("cannot start the Jackrabbit repository in " + home + ": "
                    + e.getMessage(), e);
        }
    }

    /** Registers the node types a repository does not have yet (one kept on disk may predate mgnl:role). */
    private static void registerNodeTypes(Session session) throws RepositoryException, IOException {
        if (session.getWorkspace().getNodeTypeManager().hasNodeType("mgnl:role")) {
            return;
        }
        try (Reader cnd = new InputStreamReader(resource("nodetypes/magnolia-nodetypes-unofficial.cnd"),
                StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(cnd, session, false);
        } catch (org.apache.jackrabbit.commons.cnd.ParseException e) {
            throw new RepositoryException("bad node type file: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PreviewRepository.class.getResourceAsStream(CONFIG_ROOT + name);
        if (in != null) {
            return in;
        }
        Path dev = Path.of("config", name);
        if (Files.isRegularFile(dev)) {
            return Files.newInputStream(dev);
        }
        throw new IOException("missing preview configuration " + name);
    }

    /** The workspaces this repository serves, website first, userroles last. */
    public Set<String> workspaces() {
        return workspaces;
    }

    /** Logs in as admin to a workspace; the caller logs out. */
    public Session login(String workspace) {
        if (!workspaces.contains(workspace)) {
            throw new ContentRepositoryException("unknown workspace '" + workspace + "'; known: " + workspaces, null);
        }
        try {
            return repository.login(ADMIN, workspace);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot open workspace " + workspace + ": " + e.getMessage(), e);
        }
    }

    /** The underlying JCR repository. */
    public Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.shutdown();
        if (temporaryHome) {
            deleteQuietly(home);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover empty temp folder is harmless
        }
    }
}
