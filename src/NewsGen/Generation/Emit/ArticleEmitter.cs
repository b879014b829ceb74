using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using NewsGen.Generation.Layout;
using NewsGen.Generation.Options;
using NewsGen.Model;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes one article: a static class of constants (the values people read in IntelliSense, with previews),
/// then the one field the views read, built from the constants and a few small tables.
/// </summary>
/// <remarks>
/// The shape is chosen for the compiler, which binds this code for every article on every build. The tables
/// are strings of decimal numbers rather than array initializers, because a string literal costs the compiler
/// one token while an array costs it per element; the views decode them once, on the article's first use. The
/// constants are referenced once each, by simple name, and there are no per-article methods beyond three
/// one-line accessors. Measured in docs/performance.md ("Build cost, side by side").
/// </remarks>
internal static class ArticleEmitter
{
    /// <summary>The name of the private field that holds the article's view data.</summary>
    public const string DataField = "Data";

    /// <summary>
    /// Between the names and roles of the speakers in the UTF-8 form of the speakers table: a name or role comes
    /// from one paragraph, and paragraphs hold no line feed.
    /// </summary>
    public const string SpeakerSeparator = "\n";

    /// <summary>The comments that say what each table of the data field holds: fixed text, never article text.</summary>
    public static readonly string[] TableCaptions =
    {
        "// " + string.Join(", ", FactNames()),
        "// the length of each paragraph in UTF-16 code units",
        "// per quote: " + QuoteLayout.Description,
        "// per speaker: " + SpeakerLayout.Description,
        "// the quotes whose text is not a span of the body between their marks",
        "// per author: name, organization, role; per tag: text; per other front-matter key: key, value; then their lengths",
    };

    /// <summary>The article as a namespace block, ready to be joined with others into one generated file.</summary>
    public static string Emit(ArticleToEmit article, EmitSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArticleContent content = article.Model.Content;
        string id = article.Model.Id;
        string text = content.Text;
        int count = content.Paragraphs.Count;

        var w = new SourceWriter();
        w.Open("namespace " + settings.Namespace + (article.Name.Namespace.Length == 0 ? string.Empty : "." + article.Name.Namespace));
        w.Line("/// <summary>");
        w.Line("/// The article <c>" + XmlDoc.Preview(id) + "</c> (" + XmlDoc.Preview(FileName(article.Model.Path)) + "): " + Count(count, "paragraph") + ", " + Count(content.WordCount, "word") + ".");
        if (content.Title is not null)
        {
            w.Line("/// Title: \u201C" + XmlDoc.Preview(content.Title) + "\u201D.");
        }

        w.Line("/// Lede: \u201C" + XmlDoc.Preview(content.Lede) + "\u201D");
        w.Line("/// </summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public static partial class " + article.Name.TypeName);

        foreach (ArticleSlot slot in ArticleLayout.Slots)
        {
            object value = slot.Value(id, content);
            string literal = slot.Kind switch
            {
                SlotKind.Text => CSharpLiteral.String((string)value),
                SlotKind.Number => Int((int)value),
                _ => (bool)value ? "true" : "false",
            };
            Const(w, slot.TypeName, slot.Name, literal, slot.Summary(id, content));
        }

        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParagraphContent paragraph = content.Paragraphs[i];
            string label = "Paragraph " + Int(i + 1) + " (index " + Int(i) + (paragraph.IsCredit ? ", the credit line" : string.Empty) + "): ";
            Const(w, "string", GeneratedNames.Paragraph(i), CSharpLiteral.String(paragraph.Text), label + "\u201C" + XmlDoc.Preview(paragraph.Text, XmlDoc.ConstantPreviewLength) + "\u201D");
        }

        for (int i = 0; i < content.Quotes.Count; i++)
        {
            ArticleQuote quote = content.Quotes[i];
            string who = quote.Kind == QuoteKind.Title ? "a title, not speech"
                : quote.Speaker is null ? "no speaker named"
                : "said by " + XmlDoc.Preview(quote.Speaker);
            Const(w, "string", GeneratedNames.Quote(i), CSharpLiteral.String(quote.Text),
                "Quote " + Int(i + 1) + " (paragraph " + Int(quote.Paragraph + 1) + ", " + quote.Kind.ToString().ToLowerInvariant() + ", " + who + "): \u201C" + XmlDoc.Preview(quote.Text, XmlDoc.ConstantPreviewLength) + "\u201D");
        }

        // With UTF-8 storage the text is kept out of the 16 MiB user-string heap (see UserStringBudget): the views
        // decode it from u8 data instead of loading the Text constant. Text UTF-8 cannot hold exactly (lone
        // surrogates) keeps the constant, so nothing read back ever differs from the article.
        bool fromUtf8 = settings.Storage == ViewStorage.Utf8 && settings.Utf8Spans && AllWellFormed(id, content);
        if (settings.Utf8Spans)
        {
            if (fromUtf8)
            {
                w.Line("/// <summary>The UTF-8 bytes of <see cref=\"Text\"/>, stored once as static data; reading them allocates nothing.</summary>");
                w.Line("public static global::System.ReadOnlySpan<byte> TextUtf8 => " + CSharpLiteral.Utf8(text) + ";");
            }
            else
            {
                w.Line("/// <summary>The UTF-8 bytes of <see cref=\"Text\"/>, encoded once on the article's first use; reading them allocates nothing.</summary>");
                w.Line("public static global::System.ReadOnlySpan<byte> TextUtf8 => " + DataField + ".TextUtf8;");
            }

            w.Line();
            w.Line("/// <summary>The UTF-8 bytes of the paragraph at <paramref name=\"index\"/> (0-based: <c>ParagraphUtf8(0)</c> holds the bytes of <c>Paragraph1</c>).</summary>");
            w.Line("public static global::System.ReadOnlySpan<byte> ParagraphUtf8(int index) => " + DataField + ".GetParagraphUtf8(index);");
            w.Line();
        }

        w.Line("/// <summary>This article as a value-type view, for code that handles any article.</summary>");
        w.Line("public static " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(" + DataField + ");");
        w.Line();
        WriteData(w, id, content, settings, fromUtf8, cancellationToken);

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void WriteData(SourceWriter w, string idForData, ArticleContent content, EmitSettings settings, bool fromUtf8, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Text))
        {
            // UTF-8 views take every string as u8 data, so nothing of the article goes into the user-string heap.
            texts.Add(!fromUtf8 ? slot.Name : slot.Name == "Text" ? "TextUtf8" : CSharpLiteral.Utf8((string)slot.Value(idForData, content)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        ArticleTables tables = ArticleTables.Of(content);
        var quoteTexts = new List<string>();
        bool anyQuoteText = false;
        for (int i = 0; i < tables.QuoteIsSpan.Length; i++)
        {
            // A quote's text is normally the body between its marks; one that is not gets its constant passed.
            quoteTexts.Add(tables.QuoteIsSpan[i] ? "null" : GeneratedNames.Quote(i));
            anyQuoteText |= !tables.QuoteIsSpan[i];
        }

        var speakers = tables.Speakers.ConvertAll(CSharpLiteral.String);

        w.Line("/// <summary>What the views read, built from the constants above on the article's first use.</summary>");
        w.Line("private static readonly " + GeneratedNames.ArticleData + " " + DataField + " = new " + GeneratedNames.ArticleData + "(");
        w.Line("    " + string.Join(", ", texts) + ",");
        w.Line("    " + TableCaptions[0]);
        string u8 = fromUtf8 ? "u8" : string.Empty;
        w.Line("    facts: \"" + tables.Facts + "\"" + u8 + ",");
        w.Line("    " + TableCaptions[1]);
        w.Line("    paragraphs: \"" + tables.Paragraphs + "\"" + u8 + ",");
        w.Line("    " + TableCaptions[2]);
        w.Line("    quotes: \"" + tables.Quotes + "\"" + u8 + ",");
        w.Line("    " + TableCaptions[3]);
        string speakerArgument = fromUtf8
            ? CSharpLiteral.Utf8(string.Join(SpeakerSeparator, tables.Speakers))
            : speakers.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", speakers) + " }";
        bool anyMetadata = tables.MetadataStrings.Count > 0;
        w.Line("    speakers: " + speakerArgument + (anyQuoteText || anyMetadata ? "," : ");"));
        if (anyQuoteText)
        {
            w.Line("    " + TableCaptions[4]);
            w.Line("    quoteTexts: new string" + (settings.NullableAnnotations ? "?" : string.Empty) + "[] { " + string.Join(", ", quoteTexts) + " }" + (anyMetadata ? "," : ");"));
        }

        if (anyMetadata)
        {
            // Optional, like quoteTexts: an article without authors, tags or other keys passes nothing more.
            w.Line("    " + TableCaptions[5]);
            w.Line("    metadata: " + (fromUtf8 ? CSharpLiteral.Utf8(tables.Metadata) : CSharpLiteral.String(tables.Metadata)) + ",");
            w.Line("    metadataLengths: \"" + tables.MetadataLengths + "\"" + u8 + ");");
        }
    }

    // u8 literals cannot hold lone surrogates: an article with any keeps string literals (see CSharpLiteral).
    private static bool AllWellFormed(string id, ArticleContent content)
    {
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Text))
        {
            if (!CSharpLiteral.IsWellFormed((string)slot.Value(id, content)))
            {
                return false;
            }
        }

        foreach (ArticleSpeaker speaker in content.Speakers)
        {
            foreach (SpeakerSlot slot in SpeakerLayout.Slots)
            {
                if (!CSharpLiteral.IsWellFormed(slot.Value(speaker)))
                {
                    return false;
                }
            }
        }

        foreach (string item in ArticleTables.Of(content).MetadataStrings)
        {
            if (!CSharpLiteral.IsWellFormed(item))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> FactNames()
    {
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Number, SlotKind.Flag))
        {
            yield return Words.Of(slot.Name);
        }
    }

    private static void Const(SourceWriter w, string type, string name, string value, string summary)
    {
        w.Line("/// <summary>" + summary + "</summary>");
        w.Line("public const " + type + " " + name + " = " + value + ";");
        w.Line();
    }

    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

    private static string Count(int n, string noun) => Int(n) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
