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
}

static string Shorten(string text, int width) =>
    text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
