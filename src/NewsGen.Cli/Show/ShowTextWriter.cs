using System.IO;
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

        output.WriteLine($"  paragraphs: {article.Paragraphs.Count}");
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            ArticleParagraph paragraph = article.Paragraphs[i];
            string mark = paragraph.IsCredit ? " [credit]" : string.Empty;
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
}
