using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsGen.Cli.Checking;
using NewsGen.Naming;
using NewsGen.Parsing;

namespace NewsGen.Cli.Show;

/// <summary>
/// Writes what the generator sees in an article as one JSON document, in the stable shape documented in
/// docs/newsgen-show.schema.json. Property order is fixed; numbers are invariant; nothing depends on the machine.
/// </summary>
internal static class ShowJsonWriter
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Utf8JsonWriter Create(Stream output) => new(output, Options);

    public static void WriteArticle(Utf8JsonWriter json, ArticleReport report)
    {
        ParsedArticle article = report.Article;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("file", report.Path);
        json.WriteString("id", ArticleNaming.IdFromPath(report.Path));
        json.WriteString("typeName", ArticleNaming.TypeNameFromId(ArticleNaming.IdFromPath(report.Path)));
        json.WriteString("layout", article.Layout == ArticleLayout.Paragraphs ? "paragraphs" : "titleThenParagraphs");
        if (article.Title is null)
        {
            json.WriteNull("title");
        }
        else
        {
            json.WriteStartObject("title");
            json.WriteString("text", article.Title.Text);
            WritePlace(json, article.Title.Start, article.Title.Text.Length, article.Title.Line, article.Title.Column);
            json.WriteEndObject();
        }

        json.WriteString("lede", article.Lede);
        json.WriteNumber("wordCount", article.WordCount);
        if (article.Credit is null)
        {
            json.WriteNull("credit");
        }
        else
        {
            json.WriteStartObject("credit");
            json.WriteString("contributor", article.Credit.Contributor);
            json.WriteString("organization", article.Credit.Organization);
            json.WriteNumber("paragraph", article.CreditParagraphIndex);
            json.WriteEndObject();
        }

        json.WriteStartArray("paragraphs");
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            ArticleParagraph paragraph = article.Paragraphs[i];
            ArticleLine last = paragraph.Lines.Count > 0 ? paragraph.Lines[paragraph.Lines.Count - 1] : paragraph.Place;
            json.WriteStartObject();
            json.WriteNumber("index", i);
            json.WriteString("text", paragraph.Text);
            json.WriteBoolean("isCredit", paragraph.IsCredit);
            WritePlace(json, paragraph.Place.Start, last.Start + last.Text.Length - paragraph.Place.Start, paragraph.Place.Line, paragraph.Place.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteQuotesWhenTheExtractorLands(json, report);
        WriteDiagnostics(json, report.Diagnostics);
        json.WriteEndObject();
    }

    // QUOTES: the quote extractor (branch `quotes`) has not reached main yet. When it does, write "quotes" (text,
    // kind, speaker or null, role, paragraph, offset and length in the paragraph, parent for nested ones, and
    // fileOffset/length/line/column through WritePlace) and "speakers" here, before "diagnostics", and add them
    // to docs/newsgen-show.schema.json and docs/cli.md. Until then the document has neither property.
    private static void WriteQuotesWhenTheExtractorLands(Utf8JsonWriter json, ArticleReport report)
    {
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (ReportedDiagnostic diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.SeverityName);
            json.WriteString("message", diagnostic.Message);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteNumber("endLine", diagnostic.EndLine);
            json.WriteNumber("endColumn", diagnostic.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter json, int fileOffset, int length, int line, int column)
    {
        json.WriteNumber("fileOffset", fileOffset);
        json.WriteNumber("length", length);
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
    }
}
