using System.Globalization;
using System.Text;
using System.Threading;
using NewsGen.Parsing;

namespace NewsGen.Generation;

/// <summary>Writes the generated file of one article: its constants, its UTF-8 spans and its view data.</summary>
internal static class ArticleEmitter
{
    public static string Emit(ArticleToEmit article, EmitSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ParsedArticle parsed = article.Model.Article;
        string type = article.TypeName;
        int count = parsed.Paragraphs.Count;
        string text = parsed.Text;
        ArticleCredit? credit = parsed.Credit;

        var w = new SourceWriter();
        Preamble.Write(w, settings, "from the article file " + XmlDoc.Preview(FileName(article.Model.Path)));
        w.Open("namespace " + settings.Namespace);

        w.Line("/// <summary>");
        w.Line("/// The article <c>" + XmlDoc.Preview(article.Model.Id) + "</c>: " + Count(count, "paragraph") + ", " + Count(parsed.WordCount, "word") + ".");
        if (parsed.Title is not null)
        {
            w.Line("/// Title: \u201C" + XmlDoc.Preview(parsed.Title.Text) + "\u201D.");
        }

        w.Line("/// Lede: \u201C" + XmlDoc.Preview(parsed.Lede) + "\u201D");
        w.Line("/// </summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public static partial class " + type);

        Const(w, "string", "Id", CSharpLiteral.String(article.Model.Id), "The article's id, its file name without extension: <c>" + XmlDoc.Preview(article.Model.Id) + "</c>.");
        Const(w, "bool", "HasTitle", Bool(parsed.Title is not null), "True when the file starts with a title line.");
        Const(w, "string", "Title", CSharpLiteral.String(parsed.Title?.Text ?? string.Empty),
            parsed.Title is null ? "The article's title: empty, since the file has no title line." : "The article's title: \u201C" + XmlDoc.Preview(parsed.Title.Text) + "\u201D.");
        Const(w, "string", "Lede", CSharpLiteral.String(parsed.Lede), "The lede, the first sentence of the first paragraph: \u201C" + XmlDoc.Preview(parsed.Lede) + "\u201D.");
        Const(w, "int", "ParagraphCount", Int(count), "The number of paragraphs: " + Int(count) + ".");
        Const(w, "int", "WordCount", Int(parsed.WordCount), "The number of words (runs of characters that are not white space): " + Int(parsed.WordCount) + ".");
        Const(w, "bool", "HasCredit", Bool(credit is not null), "True when the last paragraph is a credit line (\u201CX contributed to this report.\u201D).");
        Const(w, "int", "CreditParagraphIndex", Int(parsed.CreditParagraphIndex), "The index of the credit paragraph, or -1 when there is none.");
        Const(w, "string", "Contributor", CSharpLiteral.String(credit?.Contributor ?? string.Empty),
            credit is null ? "Who the credit line names: empty, since the article has none." : "Who the credit line names: " + XmlDoc.Preview(credit.Contributor) + ".");
        Const(w, "string", "Organization", CSharpLiteral.String(credit?.Organization ?? string.Empty),
            credit is null || credit.Organization.Length == 0 ? "The organisation the credit line names: empty, since it names none." : "The organisation the credit line names: " + XmlDoc.Preview(credit.Organization) + ".");
        Const(w, "string", "Text", CSharpLiteral.String(text),
            "The article body: its " + Int(count) + " paragraphs joined by line feeds (the title is not part of it). Starts: \u201C" + XmlDoc.Preview(text.Replace(ParsedArticle.ParagraphSeparator, " \u00B6 "), 200) + "\u201D");

        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArticleParagraph paragraph = parsed.Paragraphs[i];
            string label = "Paragraph " + Int(i + 1) + " (index " + Int(i) + (paragraph.IsCredit ? ", the credit line" : string.Empty) + "): ";
            Const(w, "string", GeneratedNames.Paragraph(i), CSharpLiteral.String(paragraph.Text), label + "\u201C" + XmlDoc.Preview(paragraph.Text) + "\u201D");
        }

        QuoteData.WriteConstants(w, parsed);

        if (settings.Utf8Spans)
        {
            WriteUtf8Members(w, parsed, text, cancellationToken);
        }

        w.Line("/// <summary>This article as a value-type view, for code that handles any article.</summary>");
        w.Line("public static " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(" + GeneratedNames.NestedData + ".Instance);");
        w.Line();
        WriteData(w, type, parsed, settings, cancellationToken);

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void WriteUtf8Members(SourceWriter w, ParsedArticle parsed, string text, CancellationToken cancellationToken)
    {
        w.Line("/// <summary>The UTF-8 bytes of <see cref=\"Text\"/>, stored once as static data; reading them allocates nothing.</summary>");
        w.Line("public static global::System.ReadOnlySpan<byte> TextUtf8 => " + CSharpLiteral.Utf8(text) + ";");
        w.Line();

        // Each paragraph's bytes are a slice of TextUtf8, so the UTF-8 text is stored once, not twice. The ranges
        // come from Utf8Slices, which the views' range table uses too.
        int i = 0;
        foreach ((int Start, int Length) range in new Utf8Slices(parsed).Paragraphs())
        {
            cancellationToken.ThrowIfCancellationRequested();
            string name = GeneratedNames.Paragraph(i++);
            w.Line("/// <summary>The UTF-8 bytes of <see cref=\"" + name + "\"/>.</summary>");
            w.Line("public static global::System.ReadOnlySpan<byte> " + name + "Utf8 => TextUtf8.Slice(" + Int(range.Start) + ", " + Int(range.Length) + ");");
            w.Line();
        }
    }

    private static void WriteData(SourceWriter w, string type, ParsedArticle parsed, EmitSettings settings, CancellationToken cancellationToken)
    {
        string outer = settings.Qualified(type) + ".";

        // With UTF-8 storage the views decode article text instead of loading the string constants, which keeps
        // the text out of the 16 MiB user-string heap (see UserStringBudget). Text that UTF-8 cannot hold exactly
        // (lone surrogates) keeps the constants, so nothing read back ever differs from the article.
        bool decode = settings.Storage == ViewStorage.Utf8 && settings.Utf8Spans && CSharpLiteral.IsWellFormed(parsed.Text);
        bool ledeIsPrefix = parsed.Paragraphs.Count > 0 && parsed.Paragraphs[0].Text.StartsWith(parsed.Lede, System.StringComparison.Ordinal);
        string stringArray = "new string" + (settings.NullableAnnotations ? "?" : string.Empty) + "[] { ";

        w.Line("/// <summary>This article's answers to the views, gathered once.</summary>");
        w.Open("private sealed class " + GeneratedNames.NestedData + " : " + GeneratedNames.ArticleData);
        w.Line("internal static readonly " + GeneratedNames.NestedData + " Instance = new " + GeneratedNames.NestedData + "();");
        w.Line();
        w.Line("private " + GeneratedNames.NestedData + "()");
        w.Line("    : base(");
        w.Line("        " + stringArray + outer + "Id, " + outer + "Title, " + (decode && ledeIsPrefix ? "null" : outer + "Lede") + ", " + (decode ? "null" : outer + "Text") + ", " + outer + "Contributor, " + outer + "Organization },");
        w.Line("        new int[] { " + Int(parsed.Title is null ? 0 : 1) + ", " + Int(parsed.Credit is null ? 0 : 1) + ", " + outer + "ParagraphCount, " + outer + "WordCount, " + outer + "CreditParagraphIndex, " + outer + "QuoteCount, " + Int(Encoding.UTF8.GetByteCount(parsed.Lede)) + " },");
        var paragraphs = new StringBuilder(stringArray);
        for (int i = 0; i < parsed.Paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            paragraphs.Append(i == 0 ? string.Empty : ", ").Append(decode ? "null" : outer + GeneratedNames.Paragraph(i));
        }

        w.Line("        " + (parsed.Paragraphs.Count == 0 ? EmptyStrings(settings) : paragraphs.Append(" }").ToString()) + ",");
        QuoteData.WriteConstructorArguments(w, parsed, outer, stringArray, EmptyStrings(settings), decode, settings.Utf8Spans, cancellationToken);
        w.Line("{");
        w.Line("}");
        if (settings.Utf8Spans)
        {
            w.Line();
            w.Line("public override global::System.ReadOnlySpan<byte> TextUtf8 => " + outer + "TextUtf8;");
        }

        w.Close();
    }

    private static string EmptyStrings(EmitSettings settings) => "new string" + (settings.NullableAnnotations ? "?" : string.Empty) + "[0]";

    private static void Const(SourceWriter w, string type, string name, string value, string summary)
    {
        w.Line("/// <summary>" + summary + "</summary>");
        w.Line("public const " + type + " " + name + " = " + value + ";");
        w.Line();
    }

    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

    private static string Count(int n, string noun) => Int(n) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
