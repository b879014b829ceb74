using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsGen.Cli.Checking;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;
using NewsGen.Parsing.Metadata;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Cli.Show;

/// <summary>
/// Writes what the generator sees as JSON, in the stable shape documented in docs/newsgen-show.schema.json: one
/// article document for a file named alone, else one corpus document (the articles, the corpus's speakers and the
/// diagnostics about the project). Property order is fixed; numbers are invariant; nothing depends on the machine.
/// </summary>
internal static class ShowJsonWriter
{
    /// <summary>3: the corpus document (articles, speakers, projectDiagnostics) for several files. 2: metadata and paragraphs[].isByline.</summary>
    public const int SchemaVersion = 3;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Utf8JsonWriter Create(Stream output) => new(output, Options);

    /// <summary>
    /// The corpus document: every article, then who said what across them as the generated
    /// <c>NewsCorpus.Speakers</c> lists it, then the diagnostics about the project as a whole (NEWS012).
    /// </summary>
    public static void WriteCorpus(Utf8JsonWriter json, IReadOnlyList<ArticleReport> reports, IReadOnlyList<CorpusSpeaker> speakers, IReadOnlyList<ReportedDiagnostic> projectDiagnostics)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartArray("articles");
        foreach (ArticleReport report in reports)
        {
            WriteArticle(json, report);
        }

        json.WriteEndArray();
        json.WriteStartArray("speakers");
        foreach (CorpusSpeaker speaker in speakers)
        {
            json.WriteStartObject();
            json.WriteString("name", speaker.Name);
            json.WriteNumber("quoteCount", speaker.Quotes.Count);
            json.WriteNumber("articleCount", speaker.ArticleCount);
            json.WriteStartArray("quotes");
            foreach (CorpusQuote quote in speaker.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("article", quote.ArticleId);
                json.WriteNumber("quote", quote.QuoteIndex);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("projectDiagnostics");
        foreach (ReportedDiagnostic diagnostic in projectDiagnostics)
        {
            json.WriteStartObject();
            WriteDiagnosticText(json, diagnostic);
            json.WriteString("project", diagnostic.Path);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteArticle(Utf8JsonWriter json, ArticleReport report)
    {
        ParsedArticle article = report.Article;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("file", report.Path);
        json.WriteString("id", report.Name.Id);
        json.WriteString("typeName", report.Name.TypeName);
        json.WriteString("qualifiedName", report.FullTypeName);
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

        WriteMetadata(json, article, report.Name.Id);
        json.WriteStartArray("paragraphs");
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            ArticleParagraph paragraph = article.Paragraphs[i];
            ArticleLine last = paragraph.Lines.Count > 0 ? paragraph.Lines[paragraph.Lines.Count - 1] : paragraph.Place;
            json.WriteStartObject();
            json.WriteNumber("index", i);
            json.WriteString("text", paragraph.Text);
            json.WriteBoolean("isCredit", paragraph.IsCredit);
            json.WriteBoolean("isByline", i == article.BylineParagraphIndex);
            WritePlace(json, paragraph.Place.Start, last.Start + last.Text.Length - paragraph.Place.Start, paragraph.Place.Line, paragraph.Place.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteQuotes(json, report);
        WriteDiagnostics(json, report.Diagnostics);
        json.WriteEndObject();
    }

    // Schema version 2: what the front matter, the byline and the dateline give (docs/metadata.md).
    private static void WriteMetadata(Utf8JsonWriter json, ParsedArticle article, string id)
    {
        ArticleMetadata metadata = article.Metadata;
        FrontMatter values = metadata.FrontMatter;
        json.WriteStartObject("metadata");
        if (article.FrontMatter is { HasBlock: true } block)
        {
            int start = article.FrontMatterBlock.Length == block.BodyStart ? 0 : 1;
            json.WriteStartObject("frontMatter");
            WritePlace(json, start, block.BodyStart - start, 1, 1);
            json.WriteStartArray("keys");
            foreach (string key in values.Keys)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("frontMatter");
        }

        WriteStringOrNull(json, "title", string.IsNullOrEmpty(values.Title) ? null : values.Title);
        if (values.Date is { } date)
        {
            json.WriteStartObject("date");
            json.WriteString("text", date.Text);
            json.WriteNumber("year", date.Year);
            json.WriteNumber("month", date.Month);
            json.WriteNumber("day", date.Day);
            json.WriteBoolean("hasTime", date.HasTime);
            json.WriteNumber("hour", date.Hour);
            json.WriteNumber("minute", date.Minute);
            json.WriteNumber("second", date.Second);
            json.WriteNumber("millisecond", date.Millisecond);
            if (date.HasOffset)
            {
                json.WriteNumber("offsetMinutes", date.OffsetMinutes);
            }
            else
            {
                json.WriteNull("offsetMinutes");
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteStartArray("authors");
        foreach (BylineAuthor author in metadata.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", author.Name);
            WriteStringOrNull(json, "organization", author.Organisation);
            WriteStringOrNull(json, "role", author.Role);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("section", metadata.Section(id));
        json.WriteStartArray("tags");
        foreach (string tag in values.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        WriteStringOrNull(json, "source", values.Source);
        WriteStringOrNull(json, "url", values.Url);
        json.WriteStartArray("other");
        foreach (MetadataEntry entry in values.Extra)
        {
            json.WriteStartObject();
            json.WriteString("key", entry.Key);
            json.WriteString("value", entry.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (metadata.Byline is null)
        {
            json.WriteNull("byline");
        }
        else
        {
            json.WriteStartObject("byline");
            json.WriteNumber("paragraph", article.BylineParagraphIndex);
            json.WriteString("text", metadata.BylineText);
            json.WriteEndObject();
        }

        if (metadata.Dateline is { } dateline)
        {
            json.WriteStartObject("dateline");
            json.WriteNumber("paragraph", article.DatelineParagraphIndex);
            json.WriteString("place", dateline.Place);
            WriteStringOrNull(json, "region", dateline.Region);
            WriteStringOrNull(json, "agency", dateline.Agency);
            WriteStringOrNull(json, "date", dateline.DateText);
            json.WriteNumber("ledeStart", dateline.LedeStart);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("dateline");
        }

        json.WriteEndObject();
    }

    private static void WriteQuotes(Utf8JsonWriter json, ArticleReport report)
    {
        ParsedArticle article = report.Article;
        var positions = TextPositions.Of(report.Text);
        json.WriteStartArray("quotes");
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            ArticleQuote quote = article.Quotes[i];
            json.WriteStartObject();
            json.WriteNumber("index", i);
            json.WriteString("text", quote.Text);
            json.WriteString("kind", KindName(quote.Kind));
            WriteStringOrNull(json, "speaker", quote.Speaker);
            WriteStringOrNull(json, "role", quote.Role);
            json.WriteNumber("paragraph", quote.Paragraph);
            json.WriteNumber("offset", quote.Offset);
            json.WriteNumber("length", quote.Length);
            json.WriteNumber("endParagraph", quote.EndParagraph);
            if (quote.Parent < 0)
            {
                json.WriteNull("parent");
            }
            else
            {
                json.WriteNumber("parent", quote.Parent);
            }

            (int fileOffset, int fileLength) = QuotePlaces.Of(article, quote);
            TextPosition start = positions.PositionOf(fileOffset);
            json.WriteStartObject("file");
            WritePlace(json, fileOffset, fileLength, start.Line, start.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("speakers");
        foreach (ArticleSpeaker speaker in article.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("name", speaker.Name);
            WriteStringOrNull(json, "role", speaker.Role);
            json.WriteString("kind", SpeakerKindName(speaker.Kind));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The JSON name of a speaker's kind, as the generated <c>NewsSpeakerKind</c> names it, lower-case.</summary>
    public static string SpeakerKindName(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Organization => "organization",
        SpeakerKind.Description => "description",
        _ => "person",
    };

    /// <summary>The JSON name of a quote kind: statement, fragment, nested, title.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Statement => "statement",
        QuoteKind.Fragment => "fragment",
        QuoteKind.Nested => "nested",
        _ => "title",
    };

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (ReportedDiagnostic diagnostic in diagnostics)
        {
            json.WriteStartObject();
            WriteDiagnosticText(json, diagnostic);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteNumber("endLine", diagnostic.EndLine);
            json.WriteNumber("endColumn", diagnostic.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // What every diagnostic says, in an article's list or about the project.
    private static void WriteDiagnosticText(Utf8JsonWriter json, ReportedDiagnostic diagnostic)
    {
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.SeverityName);
        json.WriteString("message", diagnostic.Message);
    }

    private static void WritePlace(Utf8JsonWriter json, int fileOffset, int length, int line, int column)
    {
        json.WriteNumber("fileOffset", fileOffset);
        json.WriteNumber("length", length);
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
    }
}
