using System.Linq;
using NewsGen.Generation.Layout;
using NewsGen.Model;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes who said what across the corpus: <c>Speakers</c> and <c>TryGetSpeaker</c> on the corpus type, the
/// corpus's speaker table (two literals, decoded once on first use), and the views over it. A corpus speaker is a
/// canonical name; its quotes are (article, quote) pairs read back through the articles' own views, so nothing
/// is stored twice and nothing allocates after the first use.
/// </summary>
internal static class CorpusSpeakersEmitter
{
    private const string Data = GeneratedNames.CorpusSpeakerData;
    private const string View = GeneratedNames.CorpusSpeakerView;
    private const string HolderClass = "SpeakerTable";

    /// <summary>The corpus type's speaker members and the nested class that holds the table.</summary>
    public static void WriteCorpusMembers(SourceWriter w, EquatableArray<CorpusMember> members, EmitSettings settings)
    {
        CorpusSpeakerTable table = CorpusSpeakerTable.Of(members.Select(member => member.Speakers).ToList());
        string list = GeneratedNames.CorpusSpeakerList;
        w.Line("/// <summary>Every person the corpus quotes (" + Int(table.Names.Count) + "), each once by canonical name, in ordinal order of name, with their " + Int(table.QuoteCount) + " quotes. <c>foreach</c> over it allocates nothing.</summary>");
        w.Line("public static " + list + " Speakers => new " + list + "(" + HolderClass + ".Data);");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Finds the speaker whose canonical name is exactly <paramref name=\"name\"/> (an ordinal comparison with the name");
        w.Line("/// the articles give, <c>Speaker.Name</c>: \"Donald Trump\", not \"Trump\", \"President Trump\" or \"donald trump\").");
        w.Line("/// A binary search over the sorted names: no allocation.");
        w.Line("/// </summary>");
        w.Line("/// <returns>True when the corpus quotes that name; <paramref name=\"speaker\"/> is then its view.</returns>");
        w.Open("public static bool TryGetSpeaker(string name, out " + View + " speaker)");
        w.Line(Data + " data = " + HolderClass + ".Data;");
        w.Line("int index = data.IndexOf(name);");
        w.Line("speaker = index < 0 ? default(" + View + ") : new " + View + "(data, index);");
        w.Line("return index >= 0;");
        w.Close();
        w.Line();

        // The table has a class of its own so that it is decoded when speakers are first read, not with the corpus.
        // It is decoded into strings once either way, so it is u8 data whenever the consumer has u8 literals,
        // whatever the articles' storage: corpus-wide data then never takes user-string heap (see UserStringBudget).
        bool utf8 = settings.Utf8Spans && CSharpLiteral.IsWellFormed(table.NamesText);
        w.Open("private static class " + HolderClass);
        w.Line("internal static readonly " + Data + " Data = new " + Data + "(");
        w.Line("    " + CorpusSpeakerTable.NamesCaption);
        w.Line("    " + (utf8 ? CSharpLiteral.Utf8(table.NamesText) : CSharpLiteral.String(table.NamesText)) + ",");
        w.Line("    " + CorpusSpeakerTable.QuotesCaption);
        w.Line("    \"" + table.Quotes + "\"" + (utf8 ? "u8" : string.Empty) + ");");
        w.Close();
    }

    /// <summary>The speaker data class and the corpus speaker views.</summary>
    public static void WriteTypes(SourceWriter w, EmitSettings settings)
    {
        string q = settings.NullableAnnotations ? "?" : string.Empty;
        WriteData(w, settings);
        w.Line();
        WriteSpeaker(w, q);
        w.Line();
        ListWriter.Write(w, new ListShape(
            GeneratedNames.CorpusSpeakerList,
            View,
            "Every speaker of <see cref=\"" + settings.CorpusTypeName + "\"/>, in ordinal order of canonical name. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField(Data + q, "data") },
            "_data == null ? 0 : _data.Names.Length",
            "new " + View + "(_data!, index)".Replace("!", settings.NullableAnnotations ? "!" : string.Empty)));
        w.Line();
        WriteRangeList(w, q, GeneratedNames.CorpusQuoteList, GeneratedNames.QuoteView,
            "The quotes of one speaker across the corpus: by article in ordinal order of id, then in text order. <c>foreach</c> over it allocates nothing.",
            "_data!.Quote(_start + index)");
        w.Line();
        WriteRangeList(w, q, GeneratedNames.SpeakerAppearanceList, GeneratedNames.SpeakerView,
            "One corpus speaker as each article that quotes them sees them (role, quotes, article), in ordinal order of article id. <c>foreach</c> over it allocates nothing.",
            "_data!.Quote(_data.AppearanceQuotes[_start + index]).Speaker");
    }

    private static void WriteData(SourceWriter w, EmitSettings settings)
    {
        w.Line("/// <summary>The corpus's speakers as the views read them, decoded once from the corpus's two tables on first use.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("internal sealed class " + Data);
        w.Line("/// <summary>Takes the names (ordinal order, separated by line feeds) and, per name, the quote count and an (article, quote) pair per quote.</summary>");
        w.Open("internal " + Data + "(string names, string quotes)");
        string article = GeneratedNames.ArticleData;
        w.Line("Names = " + article + ".Lines(names);");
        w.Line("int[] numbers = " + article + ".Numbers(quotes);");
        w.Line("QuoteStarts = new int[Names.Length + 1];");
        w.Line("QuoteArticles = new int[(numbers.Length - Names.Length) / 2];");
        w.Line("QuoteIndices = new int[QuoteArticles.Length];");
        w.Line("AppearanceStarts = new int[Names.Length + 1];");
        w.Line("var appearances = new global::System.Collections.Generic.List<int>();");
        w.Line("int n = 0, entry = 0;");
        w.Open("for (int s = 0; s < Names.Length; s++)");
        w.Line("QuoteStarts[s] = entry;");
        w.Line("AppearanceStarts[s] = appearances.Count;");
        w.Line("int count = numbers[n++];");
        w.Open("for (int i = 0; i < count; i++, entry++)");
        w.Line("QuoteArticles[entry] = numbers[n++];");
        w.Line("QuoteIndices[entry] = numbers[n++];");
        w.Open("if (i == 0 || QuoteArticles[entry] != QuoteArticles[entry - 1])");
        w.Line("appearances.Add(entry);");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
        w.Line("QuoteStarts[Names.Length] = entry;");
        w.Line("AppearanceStarts[Names.Length] = appearances.Count;");
        w.Line("AppearanceQuotes = appearances.ToArray();");
        w.Close();
        if (settings.Utf8Spans)
        {
            w.Line();
            w.Line("/// <summary>Takes the same tables as UTF-8 data (a corpus too large for string literals).</summary>");
            w.Line("internal " + Data + "(global::System.ReadOnlySpan<byte> names, global::System.ReadOnlySpan<byte> quotes)");
            w.Line("    : this(" + article + ".Decode(names), " + article + ".Decode(quotes))");
            w.Line("{");
            w.Line("}");
        }

        w.Line();
        w.Line("public string[] Names { get; }");
        w.Line("public int[] QuoteStarts { get; }");
        w.Line("public int[] QuoteArticles { get; }");
        w.Line("public int[] QuoteIndices { get; }");
        w.Line("public int[] AppearanceStarts { get; }");
        w.Line("public int[] AppearanceQuotes { get; }");
        w.Line();
        w.Line("/// <summary>The quote at <paramref name=\"entry\"/> of the (article, quote) table, through its article's views.</summary>");
        w.Line("public " + GeneratedNames.QuoteView + " Quote(int entry) => " + settings.CorpusTypeName + ".Get(QuoteArticles[entry]).Quotes[QuoteIndices[entry]];");
        w.Line();
        w.Line("/// <summary>The index of <paramref name=\"name\"/> in <see cref=\"Names\"/> (ordinal binary search), or -1.</summary>");
        w.Open("public int IndexOf(string name)");
        w.Line("int low = 0, high = Names.Length - 1;");
        w.Open("while (low <= high)");
        w.Line("int middle = low + ((high - low) / 2);");
        w.Line("int order = string.CompareOrdinal(Names[middle], name);");
        w.Open("if (order == 0)");
        w.Line("return middle;");
        w.Close();
        w.Line();
        w.Open("if (order < 0)");
        w.Line("low = middle + 1;");
        w.Close();
        w.Open("else");
        w.Line("high = middle - 1;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return -1;");
        w.Close();
        w.Close();
    }

    private static void WriteSpeaker(SourceWriter w, string q)
    {
        w.Line("/// <summary>One person the corpus quotes, by canonical name, with every quote of theirs in every article. Reading it allocates nothing.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public readonly struct " + View + " : global::System.IEquatable<" + View + ">");
        w.Line("private readonly " + Data + q + " _data;");
        w.Line();
        w.Open("internal " + View + "(" + Data + " data, int index)");
        w.Line("_data = data;");
        w.Line("Index = index;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The speaker's 0-based position in the corpus's <c>Speakers</c> (ordinal order of name).</summary>");
        w.Line("public int Index { get; }");
        w.Line();
        w.Line("/// <summary>The canonical name, exactly as the articles give it (<c>Speaker.Name</c>); empty for a default value.</summary>");
        w.Line("public string Name => _data == null ? string.Empty : _data.Names[Index];");
        w.Line();
        w.Line("/// <summary>Every quote of this speaker in every article: by article in ordinal order of id, then in text order.</summary>");
        w.Line("public " + GeneratedNames.CorpusQuoteList + " Quotes => _data == null ? default(" + GeneratedNames.CorpusQuoteList + ") : new " + GeneratedNames.CorpusQuoteList + "(_data, _data.QuoteStarts[Index], _data.QuoteStarts[Index + 1] - _data.QuoteStarts[Index]);");
        w.Line();
        w.Line("/// <summary>This speaker in each article that quotes them (its role there, its quotes, the article), in ordinal order of article id.</summary>");
        w.Line("public " + GeneratedNames.SpeakerAppearanceList + " Appearances => _data == null ? default(" + GeneratedNames.SpeakerAppearanceList + ") : new " + GeneratedNames.SpeakerAppearanceList + "(_data, _data.AppearanceStarts[Index], _data.AppearanceStarts[Index + 1] - _data.AppearanceStarts[Index]);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public bool Equals(" + View + " other) => ReferenceEquals(_data, other._data) && Index == other.Index;");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override bool Equals(object" + q + " obj) => obj is " + View + " other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => _data == null ? 0 : Index + 1;");
        w.Line();
        w.Line("/// <summary>The <see cref=\"Name\"/>.</summary>");
        w.Line("public override string ToString() => Name;");
        w.Line();
        w.Line("/// <summary>True when both views show the same speaker.</summary>");
        w.Line("public static bool operator ==(" + View + " left, " + View + " right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>True when the views show different speakers.</summary>");
        w.Line("public static bool operator !=(" + View + " left, " + View + " right) => !left.Equals(right);");
        w.Close();
    }

    // A list over a range of the speaker data's (article, quote) entries; itemAt reads entry _start + index.
    private static void WriteRangeList(SourceWriter w, string q, string name, string item, string summary, string itemAt)
    {
        ListWriter.Write(w, new ListShape(
            name,
            item,
            summary,
            new[] { new ListField(Data + q, "data"), new ListField("int", "start"), new ListField("int", "count") },
            "_count",
            q.Length == 0 ? itemAt.Replace("!", string.Empty) : itemAt));
    }

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
