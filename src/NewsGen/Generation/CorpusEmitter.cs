using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using NewsGen.Model;
using NewsGen.Naming;

namespace NewsGen.Generation;

/// <summary>
/// Writes the corpus entry type: every generated article, in ordinal order of id, enumerable without
/// allocation; lookup by id and the articles of a folder through compiled <c>switch</c>es (hashing, no
/// dictionary, no allocation). Ordinal order keeps each folder's articles together, so a folder is a range.
/// The corpus's speakers are written by <see cref="CorpusSpeakersEmitter"/>.
/// </summary>
internal static class CorpusEmitter
{
    public static string HintName(EmitSettings settings) => "NewsGen." + settings.CorpusTypeName + ".g.cs";

    /// <summary>The articles the corpus lists: those emitted, in ordinal order of id (ids are unique).</summary>
    public static EquatableArray<CorpusMember> Members(ImmutableArray<EmittedArticle> emitted)
    {
        var members = new List<CorpusMember>();
        foreach (EmittedArticle article in emitted)
        {
            if (article.Source is not null)
            {
                members.Add(new CorpusMember(article.Id, article.QualifiedName, article.Speakers));
            }
        }

        members.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new EquatableArray<CorpusMember>(members.ToArray());
    }

    public static string Emit(EquatableArray<CorpusMember> members, EmitSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string corpus = settings.CorpusTypeName;
        string view = GeneratedNames.ArticleView;
        string list = GeneratedNames.ArticleList;
        var w = new SourceWriter();
        Preamble.Write(w, settings, "for every article of this project");
        w.Open("namespace " + settings.Namespace);

        w.Line("/// <summary>All articles of this project (" + Int(members.Count) + "), in ordinal order of id; lookup by id and by folder.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public static partial class " + corpus);
        w.Line("/// <summary>The number of articles: " + Int(members.Count) + ".</summary>");
        w.Line("public const int Count = " + Int(members.Count) + ";");
        w.Line();
        w.Line("/// <summary>Every article, in ordinal order of id. <c>foreach</c> over it allocates nothing.</summary>");
        w.Line("public static " + list + " Articles => new " + list + "(0, Count);");
        w.Line();
        w.Line("/// <summary>Finds the article whose id is <paramref name=\"id\"/> (its path below the corpus root without extension, <c>/</c> between folders, as <c>newsgen show</c> prints it); the comparison is ordinal.</summary>");
        w.Line("/// <returns>True when the article exists; <paramref name=\"article\"/> is then its view.</returns>");
        w.Open("public static bool TryGet(string id, out " + view + " article)");
        w.Line("int index = IndexOf(id);");
        w.Line("article = index < 0 ? default(" + view + ") : Get(index);");
        w.Line("return index >= 0;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The articles in <paramref name=\"folder\"/> and its subfolders (<c>\"politics\"</c>, <c>\"2024/05\"</c>), in ordinal order of id; empty for a folder that holds none.</summary>");
        w.Open("public static " + list + " InFolder(string folder)");
        w.Open("switch (folder)");
        foreach (KeyValuePair<string, (int Start, int Count)> folder in Folders(members))
        {
            w.Line("case " + CSharpLiteral.String(folder.Key) + ": return new " + list + "(" + Int(folder.Value.Start) + ", " + Int(folder.Value.Count) + ");");
        }

        w.Line("default: return new " + list + "(0, 0);");
        w.Close();
        w.Close();
        w.Line();
        w.Open("private static int IndexOf(string id)");
        w.Open("switch (id)");
        for (int i = 0; i < members.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line("case " + CSharpLiteral.String(members[i].Id) + ": return " + Int(i) + ";");
        }

        w.Line("default: return -1;");
        w.Close();
        w.Close();
        w.Line();
        w.Open("internal static " + view + " Get(int index)");
        w.Open("switch (index)");
        for (int i = 0; i < members.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line("case " + Int(i) + ": return " + settings.Qualified(members[i].QualifiedName) + ".Article;");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        w.Line();
        CorpusSpeakersEmitter.WriteCorpusMembers(w, members, settings);
        w.Close();
        w.Line();

        ListWriter.Write(
            w,
            list,
            view,
            "Articles of <see cref=\"" + corpus + "\"/>: all of them or one folder's, in ordinal order of id. <c>foreach</c> over it allocates nothing.",
            new[] { "private readonly int _start;", "private readonly int _count;" },
            "internal " + list + "(int start, int count)\n{\n    _start = start;\n    _count = count;\n}",
            "_count",
            corpus + ".Get(_start + index)");
        w.Line();
        CorpusSpeakersEmitter.WriteTypes(w, settings);

        w.Close();
        return w.ToString();
    }

    // Every folder that holds an article, at any depth, with the range of its articles in id order.
    private static SortedDictionary<string, (int Start, int Count)> Folders(EquatableArray<CorpusMember> members)
    {
        var folders = new SortedDictionary<string, (int Start, int Count)>(System.StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            for (string folder = ArticleIdentity.Folder(members[i].Id); folder.Length > 0; folder = ArticleIdentity.Folder(folder))
            {
                folders[folder] = folders.TryGetValue(folder, out (int Start, int Count) range) ? (range.Start, range.Count + 1) : (i, 1);
            }
        }

        return folders;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
