using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Cli.Checking;
using NewsGen.Parsing;

namespace NewsGen.Cli.Show;

/// <summary>Prints an article for a person: the same facts as the JSON, laid out to read.</summary>
internal static class ShowTextWriter
{
    public static void Write(TextWriter output, ArticleReport report)
    {
        ParsedArticle article = report.Article;
        output.WriteLine(report.Path);
        if (article.Title is not null)
        {
            output.WriteLine($"  title:      {article.Title.Text}");
        }

        output.WriteLine($"  lede:       {article.Lede}");
        output.WriteLine($"  words:      {article.WordCount}");
        if (article.Credit is not null)
        {
            output.WriteLine($"  credit:     {article.Credit.Contributor}" + (article.Credit.Organization.Length > 0 ? $" ({article.Credit.Organization})" : string.Empty));
        }

        WriteMetadata(output, article, report.Name.Id);
        output.WriteLine($"  paragraphs: {article.Paragraphs.Count}");
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            ArticleParagraph paragraph = article.Paragraphs[i];
            string mark = paragraph.IsCredit ? " [credit]" : i == article.BylineParagraphIndex ? " [byline]" : i == article.DatelineParagraphIndex ? " [dateline]" : string.Empty;
            output.WriteLine($"  {i + 1,3} (line {paragraph.Place.Line}){mark} {paragraph.Text}");
        }

        output.WriteLine($"  quotes:     {article.Quotes.Count}");
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            NewsGen.Parsing.Quotes.ArticleQuote quote = article.Quotes[i];
            string speaker = quote.Speaker is null ? "no speaker" : quote.Speaker + (quote.Role is null ? string.Empty : $" ({quote.Role})");
            string parent = quote.Parent < 0 ? string.Empty : $" in quote {quote.Parent + 1}";
            output.WriteLine($"  {i + 1,3} (paragraph {quote.Paragraph + 1}, {ShowJsonWriter.KindName(quote.Kind)}{parent}) {speaker}: \u201C{quote.Text}\u201D");
        }

        output.WriteLine($"  speakers:   {article.Speakers.Count}");
        foreach (NewsGen.Parsing.Quotes.ArticleSpeaker speaker in article.Speakers)
        {
            output.WriteLine($"    {speaker.Name}" + (speaker.Role is null ? string.Empty : $" ({speaker.Role})"));
        }

        output.WriteLine($"  diagnostics: {report.Diagnostics.Count}");
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine($"    ({diagnostic.Line},{diagnostic.Column},{diagnostic.EndLine},{diagnostic.EndColumn}) {diagnostic.SeverityName} {diagnostic.Id}: {diagnostic.Message}");
        }

        output.WriteLine();
    }

    /// <summary>After the articles: who said what across them (as <c>NewsCorpus.Speakers</c>), then the diagnostics about the project.</summary>
    public static void WriteCorpus(TextWriter output, IReadOnlyList<CorpusSpeaker> speakers, IReadOnlyList<ReportedDiagnostic> projectDiagnostics)
    {
        output.WriteLine($"corpus speakers: {speakers.Count} ({speakers.Sum(speaker => speaker.Quotes.Count)} quotes)");
        foreach (CorpusSpeaker speaker in speakers)
        {
            // Quote numbers are 1-based, as in each article's list above.
            IEnumerable<string> byArticle = speaker.Quotes
                .GroupBy(quote => quote.ArticleId, StringComparer.Ordinal)
                .Select(article => article.Key + " " + string.Join(", ", article.Select(quote => quote.QuoteIndex + 1)));
            output.WriteLine($"  {speaker.Name}: {speaker.Quotes.Count} quote(s) in {speaker.ArticleCount} article(s): {string.Join("; ", byArticle)}");
        }

        if (projectDiagnostics.Count > 0)
        {
            output.WriteLine($"project diagnostics: {projectDiagnostics.Count}");
            foreach (ReportedDiagnostic diagnostic in projectDiagnostics)
            {
                output.WriteLine("  " + diagnostic.ToCanonicalString());
            }
        }
    }

    // Only what the article has: a file without metadata prints as it always did.
    private static void WriteMetadata(TextWriter output, ParsedArticle article, string id)
    {
        NewsGen.Parsing.Metadata.ArticleMetadata metadata = article.Metadata;
        NewsGen.Parsing.Metadata.FrontMatter values = metadata.FrontMatter;
        if (metadata.HasFrontMatter)
        {
            output.WriteLine($"  front matter: {string.Join(", ", values.Keys)}");
        }

        if (values.Date is not null)
        {
            output.WriteLine($"  date:       {values.Date.Text}");
        }

        foreach (NewsGen.Parsing.Metadata.BylineAuthor author in metadata.Authors)
        {
            string extra = string.Join(", ", new[] { author.Role, author.Organisation }.Where(part => part is not null));
            output.WriteLine($"  author:     {author.Name}" + (extra.Length > 0 ? $" ({extra})" : string.Empty));
        }

        if (metadata.Section(id) is { Length: > 0 } section)
        {
            output.WriteLine($"  section:    {section}");
        }

        if (values.Tags.Count > 0)
        {
            output.WriteLine($"  tags:       {string.Join(", ", values.Tags)}");
        }

        if (values.Source is not null)
        {
            output.WriteLine($"  source:     {values.Source}");
        }

        if (values.Url is not null)
        {
            output.WriteLine($"  url:        {values.Url}");
        }

        foreach (NewsGen.Parsing.Metadata.MetadataEntry entry in values.Extra)
        {
            output.WriteLine($"  {entry.Key}: {entry.Value}");
        }

        if (metadata.Dateline is { } dateline)
        {
            string parts = string.Join(", ", new[] { dateline.Region, dateline.DateText, dateline.Agency }.Where(part => part is not null));
            output.WriteLine($"  dateline:   {dateline.Place}" + (parts.Length > 0 ? $" ({parts})" : string.Empty));
        }
    }
}
