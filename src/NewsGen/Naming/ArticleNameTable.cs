using System;
using System.Collections.Generic;
using NewsGen.Model;

namespace NewsGen.Naming;

/// <summary>One article file and the type name it asks for.</summary>
public sealed record ArticleNameRequest(string Path, string Id, string TypeName);

/// <summary>The type an article file gets, or why it gets none.</summary>
/// <param name="Path">The article file.</param>
/// <param name="Id">The article id.</param>
/// <param name="TypeName">The generated type's name.</param>
/// <param name="ClashesWith">Paths of the other files that want the same name; empty when the name is the file's alone.</param>
public sealed record ArticleNameAssignment(string Path, string Id, string TypeName, EquatableArray<string> ClashesWith)
{
    /// <summary>True when the article is generated: no other file wants its name.</summary>
    public bool IsUnique => ClashesWith.Count == 0;
}

/// <summary>
/// Assigns type names to all article files of a compilation. Two files whose names differ only in case clash
/// too: generated file names are compared ignoring case, and so are file systems on Windows and macOS.
/// Clashing files are not generated (compiling both would fail); the analyzer reports them, naming each other.
/// Names of NewsGen's own types are taken: an article that asks for one gets <c>Article</c> in front.
/// </summary>
public sealed record ArticleNameTable(EquatableArray<ArticleNameAssignment> Assignments)
{
    /// <summary>Builds the table; the order of <paramref name="requests"/> does not matter.</summary>
    public static ArticleNameTable Build(IEnumerable<ArticleNameRequest> requests, Func<string, bool> isReserved)
    {
        var sorted = new List<ArticleNameRequest>(requests);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var byName = new Dictionary<string, List<ArticleNameRequest>>(StringComparer.OrdinalIgnoreCase);
        var names = new string[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            string name = sorted[i].TypeName;
            if (isReserved(name))
            {
                name = "Article" + name;
            }

            names[i] = name;
            if (!byName.TryGetValue(name, out List<ArticleNameRequest>? group))
            {
                byName[name] = group = new List<ArticleNameRequest>();
            }

            group.Add(sorted[i]);
        }

        var assignments = new ArticleNameAssignment[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            var others = new List<string>();
            foreach (ArticleNameRequest other in byName[names[i]])
            {
                if (!ReferenceEquals(other, sorted[i]))
                {
                    others.Add(other.Path);
                }
            }

            assignments[i] = new ArticleNameAssignment(sorted[i].Path, sorted[i].Id, names[i], new EquatableArray<string>(others.ToArray()));
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
}
