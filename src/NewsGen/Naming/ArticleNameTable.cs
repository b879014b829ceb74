using System;
using System.Collections.Generic;
using NewsGen.Model;

namespace NewsGen.Naming;

/// <summary>One article file, its id and the type name it asks for.</summary>
public sealed record ArticleNameRequest(string Path, string Id, string TypeName);

/// <summary>The type an article file gets, or why it gets none.</summary>
/// <param name="Path">The article file.</param>
/// <param name="Id">The article id (<see cref="ArticleIdentity"/>).</param>
/// <param name="TypeName">The generated type's simple name.</param>
/// <param name="ClashesWith">Paths of files with other ids that want the same qualified name; empty when the name is the file's alone.</param>
/// <param name="Namespace">The namespace segments the id's folders give, below the project's namespace (<c>Politics</c>, <c>_2024._05</c>); empty for a flat id.</param>
/// <param name="SameIdAs">Paths of the other files with the same id; empty when the id is the file's alone.</param>
public sealed record ArticleNameAssignment(string Path, string Id, string TypeName, EquatableArray<string> ClashesWith, string Namespace = "", EquatableArray<string> SameIdAs = default)
{
    /// <summary>True when the article is generated: its id and its name are its own.</summary>
    public bool IsUnique => ClashesWith.Count == 0 && SameIdAs.Count == 0;

    /// <summary>The type's name below the project's namespace: <c>Politics.SenateVote</c>, or <c>SenateVote</c> for a flat id.</summary>
    public string QualifiedName => Namespace.Length == 0 ? TypeName : Namespace + "." + TypeName;
}

/// <summary>
/// Assigns names to all article files of a compilation: each folder of an id becomes a namespace segment
/// (<c>politics/senate-vote</c> is <c>Politics.SenateVote</c>), so files with one name in different folders never
/// clash. Two files whose qualified names differ only in case clash: generated names are compared ignoring
/// case, like file systems on Windows and macOS. Two files with one id clash too (the corpus looks articles up
/// by id). Clashing files are not generated (compiling both would fail); the analyzer reports them, naming
/// each other. Names of NewsGen's own types and members are taken, and so is a name a folder's namespace
/// uses: an article that asks for one gets <c>Article</c> in front; a top folder named like a generated type
/// gets <c>_</c> in front.
/// </summary>
public sealed record ArticleNameTable(EquatableArray<ArticleNameAssignment> Assignments)
{
    /// <summary>Builds the table; the order of <paramref name="requests"/> does not matter.</summary>
    /// <param name="requests">Every article file.</param>
    /// <param name="isReserved">True for a type name an article may not take.</param>
    /// <param name="isRootTypeName">True for the name of a type NewsGen generates in the project's namespace itself.</param>
    public static ArticleNameTable Build(IEnumerable<ArticleNameRequest> requests, Func<string, bool> isReserved, Func<string, bool> isRootTypeName)
    {
        var sorted = new List<ArticleNameRequest>(requests);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var namespaces = new string[sorted.Count];
        var usedNamespaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < sorted.Count; i++)
        {
            namespaces[i] = FolderNamespace(sorted[i].Id, isRootTypeName);
            for (string ns = namespaces[i]; ns.Length > 0; ns = ns.Substring(0, Math.Max(0, ns.LastIndexOf('.'))))
            {
                usedNamespaces.Add(ns);
            }
        }

        var names = new string[sorted.Count];
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < sorted.Count; i++)
        {
            string name = sorted[i].TypeName;
            if (isReserved(name) || usedNamespaces.Contains(Qualify(namespaces[i], name)))
            {
                name = "Article" + name;
            }

            names[i] = name;
            Add(byName, Qualify(namespaces[i], name), i);
            Add(byId, sorted[i].Id, i);
        }

        var assignments = new ArticleNameAssignment[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            var sameId = new List<string>();
            foreach (int other in byId[sorted[i].Id])
            {
                if (other != i)
                {
                    sameId.Add(sorted[other].Path);
                }
            }

            // A file with the same id is reported as that (NEWS019), not a second time as a name clash.
            var clashes = new List<string>();
            foreach (int other in byName[Qualify(namespaces[i], names[i])])
            {
                if (other != i && !string.Equals(sorted[other].Id, sorted[i].Id, StringComparison.Ordinal))
                {
                    clashes.Add(sorted[other].Path);
                }
            }

            assignments[i] = new ArticleNameAssignment(
                sorted[i].Path,
                sorted[i].Id,
                names[i],
                new EquatableArray<string>(clashes.ToArray()),
                namespaces[i],
                new EquatableArray<string>(sameId.ToArray()));
        }

        return new ArticleNameTable(new EquatableArray<ArticleNameAssignment>(assignments));
    }

    /// <summary>The assignment for the file at <paramref name="path"/>, or null when the table does not hold it.</summary>
    public ArticleNameAssignment? Find(string path)
    {
        // Assignments are sorted by path (ordinal), so a binary search keeps thousands of look-ups cheap.
        int low = 0;
        int high = Assignments.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = string.CompareOrdinal(Assignments[middle].Path, path);
            if (order == 0)
            {
                return Assignments[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    private static string FolderNamespace(string id, Func<string, bool> isRootTypeName)
    {
        string folder = ArticleIdentity.Folder(id);
        if (folder.Length == 0)
        {
            return string.Empty;
        }

        string[] segments = folder.Split(ArticleIdentity.FolderSeparator);
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = ArticleNaming.NamespaceSegment(segments[i]);
        }

        // A namespace beside the generated views named like one of them would not compile (CS0101).
        if (isRootTypeName(segments[0]))
        {
            segments[0] = "_" + segments[0];
        }

        return string.Join(".", segments);
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    private static void Add(Dictionary<string, List<int>> groups, string key, int index)
    {
        if (!groups.TryGetValue(key, out List<int>? group))
        {
            groups[key] = group = new List<int>();
        }

        group.Add(index);
    }
}
