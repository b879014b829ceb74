using System;
using System.Text;
using NewsGen.Sample.Articles;

// Prints what the generated API gives for every article. It reads only generated members: no file is
// opened and no text is parsed at run time.
Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine($"NewsGen sample: {NewsCorpus.Count} article(s) compiled into this program.");

foreach (NewsArticle article in NewsCorpus.Articles)
{
    Console.WriteLine();
    Console.WriteLine($"Article {article.Id}");
    if (article.HasTitle)
    {
        Console.WriteLine($"  Title:      {article.Title}");
    }

    Console.WriteLine($"  Lede:       {article.Lede}");
    Console.WriteLine($"  Paragraphs: {article.Paragraphs.Count}");
    Console.WriteLine($"  Words:      {article.WordCount}");
    Console.WriteLine($"  UTF-8:      {article.TextUtf8.Length} bytes");
    if (article.HasCredit)
    {
        Console.WriteLine($"  Credit:     {article.Contributor}" + (article.Organization.Length > 0 ? $" ({article.Organization})" : string.Empty));
    }

    Console.WriteLine();
    foreach (NewsParagraph paragraph in article.Paragraphs)
    {
        string mark = paragraph.IsCredit ? " [credit]" : string.Empty;
        Console.WriteLine($"  {paragraph.Number,2}.{mark} {Shorten(paragraph.Text, 100)}");
    }

    Console.WriteLine();
    Console.WriteLine("  Who said what:");
    foreach (NewsSpeaker speaker in article.Speakers)
    {
        Console.WriteLine($"    {speaker.Name}" + (speaker.HasRole ? $" ({speaker.Role})" : string.Empty));
        foreach (NewsQuote quote in speaker.Quotes)
        {
            Console.WriteLine($"      ¶{quote.Paragraph.Number,-2} {quote.Kind,-9} “{Shorten(quote.Text, 80)}”");
        }
    }

    foreach (NewsQuote quote in article.Quotes)
    {
        if (!quote.HasSpeaker)
        {
            string why = quote.Kind == NewsQuoteKind.Title ? "a title"
                : quote.HasParent ? $"nested in quote {quote.Parent.Number}"
                : "no speaker named";
            Console.WriteLine($"    ({why}) ¶{quote.Paragraph.Number} “{Shorten(quote.Text, 70)}”");
        }
    }
}

Console.WriteLine();
Console.WriteLine($"Speakers across the corpus ({NewsCorpus.Speakers.Count}):");
foreach (NewsCorpusSpeaker speaker in NewsCorpus.Speakers)
{
    Console.WriteLine($"  {speaker.Name}: {speaker.Quotes.Count} quote(s) in {speaker.Appearances.Count} article(s)");
}

static string Shorten(string text, int width) =>
    text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
