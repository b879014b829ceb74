using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using NewsGen.Model;
using NewsGen.Naming;

namespace NewsGen.Generation;

/// <summary>
/// Writes the corpus entry type: every generated article, in ordinal order of id, enumerable without
/// allocation, and looked up by id through a compiled <c>switch</c> (hashing, no dictionary, no allocation).
/// </summary>
internal static class CorpusEmitter
{
    public static string HintName(EmitSettings settings) => "NewsGen." + settings.CorpusTypeName + ".g.cs";

    /// <summary>The articles the corpus lists: those whose name no other file wants, by id then path.</summary>
    public static List<ArticleNameAssignment> Members(ArticleNameTable table)
    {
        var members = new List<ArticleNameAssignment>();
        foreach (ArticleNameAssignment assignment in table.Assignments)
        {
            if (assignment.IsUnique)
            {
                members.Add(assignment);
            }
        }

        members.Sort((a, b) =>
        {
            int byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : string.CompareOrdinal(a.Path, b.Path);
        });
        return members;
    }

    public static string Emit(EquatableArray<ArticleNameAssignment> members, EmitSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string corpus = settings.CorpusTypeName;
        string view = GeneratedNames.ArticleView;
        var w = new SourceWriter();
        Preamble.Write(w, settings, "for every article of this project");
        w.Open("namespace " + settings.Namespace);

        w.Line("/// <summary>All articles of this project (" + Int(members.Count) + "), in ordinal order of id, and lookup by id.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public static partial class " + corpus);
        w.Line("/// <summary>The number of articles: " + Int(members.Count) + ".</summary>");
        w.Line("public const int Count = " + Int(members.Count) + ";");
        w.Line();
        w.Line("/// <summary>Every article, in ordinal order of id. <c>foreach</c> over it allocates nothing.</summary>");
        w.Line("public static " + GeneratedNames.ArticleList + " Articles => default(" + GeneratedNames.ArticleList + ");");
        w.Line();
        w.Line("/// <summary>Finds the article whose id (file name without extension) is <paramref name=\"id\"/>; the comparison is ordinal.</summary>");
        w.Line("/// <returns>True when the article exists; <paramref name=\"article\"/> is then its view.</returns>");
        w.Open("public static bool TryGet(string id, out " + view + " article)");
        w.Open("switch (id)");
        foreach (ArticleNameAssignment member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line("case " + CSharpLiteral.String(member.Id) + ": article = " + settings.Qualified(member.TypeName) + ".Article; return true;");
        }

        w.Line("default: article = default(" + view + "); return false;");
        w.Close();
        w.Close();
        w.Line();
        w.Open("internal static " + view + " Get(int index)");
        w.Open("switch (index)");
        for (int i = 0; i < members.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line("case " + Int(i) + ": return " + settings.Qualified(members[i].TypeName) + ".Article;");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        w.Close();
        w.Line();

        ListWriter.Write(
            w,
            GeneratedNames.ArticleList,
            view,
            "Every article of <see cref=\"" + corpus + "\"/>, in ordinal order of id. <c>foreach</c> over it allocates nothing.",
            new string[0],
            null,
            corpus + ".Count",
            corpus + ".Get(index)");

        w.Close();
        return w.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
