using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using NewsGen.Model;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes the corpus entry type: every generated article, in ordinal order of id, enumerable without
/// allocation; lookup by id and the articles of a folder by binary search over one table of the ids (no
/// dictionary, no allocation). Ordinal order keeps each folder's articles together, so a folder is a range.
/// The corpus's speakers are written by <see cref="CorpusSpeakersEmitter"/>.
/// </summary>
/// <remarks>
/// No generated method here grows with the corpus: a 1,000-case <c>switch</c> over the ids and another over the
/// article types took the compiler about as long as all the articles' own view code (docs/performance.md,
/// "Corpus index"). The ids are one string and three number tables instead, and each generated file of articles
/// finds its own articles' views (<see cref="ArticleFileIndex"/>).
/// </remarks>
internal static class CorpusEmitter
{
    public static string HintName(EmitSettings settings) => "NewsGen." + settings.CorpusTypeName + ".g.cs";

    /// <summary>
    /// The articles the corpus lists: those emitted, in ordinal order of id (ids are unique), each with its file and
    /// its place among that file's emitted articles, which are in the same order (<see cref="ArticleGroups.Split"/>).
    /// </summary>
    public static EquatableArray<CorpusMember> Members(ImmutableArray<EmittedArticle> emitted)
    {
        var articles = new List<EmittedArticle>();
        foreach (EmittedArticle article in emitted)
        {
            if (article.Source is not null)
            {
                articles.Add(article);
            }
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var placesTaken = new Dictionary<int, int>();
        var members = new CorpusMember[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            EmittedArticle article = articles[i];
            placesTaken.TryGetValue(article.Group, out int place);
            placesTaken[article.Group] = place + 1;
            members[i] = new CorpusMember(article.Id, article.Group, place, article.Speakers);
        }

        return new EquatableArray<CorpusMember>(members);
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
        w.Open("if (folder == null)");
        w.Line("return new " + list + "(0, 0);");
        w.Close();
        w.Line();
        w.Line("// A folder's articles are the ids from folder + '/' up to folder + '0', the character after '/'.");
        w.Line("int start = FirstAtOrAfter(folder, '/');");
        w.Line("return new " + list + "(start, FirstAtOrAfter(folder, '0') - start);");
        w.Close();
        w.Line();
        w.Line("/// <summary>The index of the article whose id is <paramref name=\"id\"/>, or -1.</summary>");
        w.Open("private static int IndexOf(string id)");
        w.Open("if (id == null)");
        w.Line("return -1;");
        w.Close();
        w.Line();
        w.Line("int index = FirstAtOrAfter(id, NoSuffix);");
        w.Line("return index < Count && CompareId(index, id, NoSuffix) == 0 ? index : -1;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The view of the article at <paramref name=\"index\"/>, from the generated file that holds it.</summary>");
        w.Open("internal static " + view + " Get(int index)");
        w.Line("int place = IdTable.Places[index];");
        w.Open("switch (IdTable.Files[index])");
        foreach (int group in Groups(members))
        {
            w.Line("case " + Int(group) + ": return " + ArticleFileIndex.ClassName(group) + ".Get(place);");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>For <see cref=\"CompareId\"/>: the key has no character after it.</summary>");
        w.Line("private const int NoSuffix = -1;");
        w.Line();
        w.Line("/// <summary>The index of the first id not before <paramref name=\"key\"/> (then <paramref name=\"suffix\"/>, unless it is <see cref=\"NoSuffix\"/>) in ordinal order; <see cref=\"Count\"/> when there is none.</summary>");
        w.Open("private static int FirstAtOrAfter(string key, int suffix)");
        w.Line("int low = 0;");
        w.Line("int high = Count;");
        w.Open("while (low < high)");
        w.Line("int middle = low + ((high - low) / 2);");
        w.Open("if (CompareId(middle, key, suffix) < 0)");
        w.Line("low = middle + 1;");
        w.Close();
        w.Open("else");
        w.Line("high = middle;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return low;");
        w.Close();
        w.Line();
        w.Line("/// <summary>Compares the id at <paramref name=\"index\"/> with <paramref name=\"key\"/> (then <paramref name=\"suffix\"/>, unless it is <see cref=\"NoSuffix\"/>) by UTF-16 code units, as <c>string.CompareOrdinal</c> does; negative when the id comes first.</summary>");
        w.Open("private static int CompareId(int index, string key, int suffix)");
        w.Line("string ids = IdTable.Ids;");
        w.Line("int start = IdTable.Starts[index];");
        w.Line("int length = IdTable.Lengths[index];");
        w.Line("int keyLength = suffix == NoSuffix ? key.Length : key.Length + 1;");
        w.Open("for (int i = 0; i < length && i < keyLength; i++)");
        w.Line("int order = ids[start + i] - (i < key.Length ? key[i] : suffix);");
        w.Open("if (order != 0)");
        w.Line("return order;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return length - keyLength;");
        w.Close();
        w.Line();
        WriteIdTable(w, members);
        w.Line();
        CorpusSpeakersEmitter.WriteCorpusMembers(w, members, settings);
        w.Close();
        w.Line();

        ListWriter.Write(w, new ListShape(
            list,
            view,
            "Articles of <see cref=\"" + corpus + "\"/>: all of them or one folder's, in ordinal order of id. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField("int", "start"), new ListField("int", "count") },
            "_count",
            corpus + ".Get(_start + index)"));
        w.Line();
        CorpusSpeakersEmitter.WriteTypes(w, settings);

        w.Close();
        return w.ToString();
    }

    // The ids and where each article's view comes from, read from one string and three number tables on first use.
    private static void WriteIdTable(SourceWriter w, EquatableArray<CorpusMember> members)
    {
        var ids = new StringBuilder();
        var lengths = new StringBuilder();
        var files = new StringBuilder();
        var places = new StringBuilder();
        for (int i = 0; i < members.Count; i++)
        {
            string separator = i == 0 ? string.Empty : " ";
            ids.Append(i == 0 ? string.Empty : "\n").Append(members[i].Id);
            lengths.Append(separator).Append(Int(members[i].Id.Length));
            files.Append(separator).Append(Int(members[i].Group));
            places.Append(separator).Append(Int(members[i].Place));
        }

        string numbers = GeneratedNames.ArticleData + ".Numbers";
        w.Line("/// <summary>The ids in ordinal order and the generated file and place of each article, read on first use.</summary>");
        w.Open("private static class IdTable");
        w.Line("// every id, in ordinal order, one per line (where each starts and ends is in the tables below: an id may hold any character)");
        w.Line("internal static readonly string Ids = " + CSharpLiteral.String(ids.ToString()) + ";");
        w.Line();
        w.Line("// per article: the length of its id");
        w.Line("internal static readonly int[] Lengths = " + numbers + "(\"" + lengths + "\");");
        w.Line();
        w.Line("// per article: where its id starts in Ids");
        w.Line("internal static readonly int[] Starts = StartsOf(Lengths);");
        w.Line();
        w.Line("// per article: the generated file that holds it (NewsGen.Articles.NNN.g.cs)");
        w.Line("internal static readonly int[] Files = " + numbers + "(\"" + files + "\");");
        w.Line();
        w.Line("// per article: its place among the articles of that file");
        w.Line("internal static readonly int[] Places = " + numbers + "(\"" + places + "\");");
        w.Line();
        w.Open("private static int[] StartsOf(int[] lengths)");
        w.Line("var starts = new int[lengths.Length];");
        w.Open("for (int i = 1; i < lengths.Length; i++)");
        w.Line("starts[i] = starts[i - 1] + lengths[i - 1] + 1;");
        w.Close();
        w.Line();
        w.Line("return starts;");
        w.Close();
        w.Close();
    }

    // The generated files that hold the corpus's articles, in order.
    private static SortedSet<int> Groups(EquatableArray<CorpusMember> members)
    {
        var groups = new SortedSet<int>();
        foreach (CorpusMember member in members)
        {
            groups.Add(member.Group);
        }

        return groups;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
