using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.Generation;

/// <summary>One synthetic article: its id (file name without extension) and its file's UTF-8 bytes.</summary>
public sealed record SyntheticArticle(string Id, byte[] Utf8);

/// <summary>
/// Deterministic corpora of realistic news text: the seed's sentences reshuffled by a fixed-seed
/// <see cref="Random"/> into articles of 6 to 20 paragraphs, about a third with a title line, a quarter of the
/// paragraphs built around a direct quote, half ending in a credit line. Same count, same bytes, every run.
/// </summary>
public static class SyntheticCorpus
{
    private const int RandomSeed = 20_170_725;
    private static readonly ConcurrentDictionary<int, IReadOnlyList<SyntheticArticle>> Cache = new();

    private static readonly string[] Speakers =
    [
        "Sessions", "Trump", "Sarah Sanders", "Anthony Scaramucci", "a source familiar with the situation",
        "the attorney general", "a White House official", "Jordyn Phelps",
    ];

    private static readonly string[] Credits =
    [
        "ABC News' Jordyn Phelps contributed to this report.",
        "ABC News' Sarah Sanders and Anthony Scaramucci contributed to this report.",
        "The Associated Press contributed to this report.",
    ];

    /// <summary>
    /// The seed's sentences (its credit line aside), split where a sentence ends and the next one starts with a
    /// capital or a quote. Sentences the split cut inside a quotation (an odd number of double quotes) are left
    /// out: the corpus must build cleanly, so that a build measures NewsGen and not a failing NEWS003.
    /// </summary>
    private static readonly string[] Sentences = Regex
        .Split(Article000_E551924a018df44c.Text.Replace('\n', ' '), "(?<=[.?!][\"']?) +(?=[\"'A-Z])")
        .Where(s => s.Length > 0 && s != Article000_E551924a018df44c.Paragraph15 && s.Count(c => c == '"') % 2 == 0)
        .ToArray();

    /// <summary>Sentences without quotation marks of their own, to be wrapped in one.</summary>
    private static readonly string[] Quotable = Sentences.Where(s => s.IndexOf('"') < 0).ToArray();

    /// <summary>The corpus of <paramref name="count"/> articles (built once per count and process).</summary>
    public static IReadOnlyList<SyntheticArticle> Get(int count) => Cache.GetOrAdd(count, Build);

    /// <summary>The corpus's article text in MB (2^20 bytes of UTF-8).</summary>
    public static double Megabytes(int count) => Get(count).Sum(a => (long)a.Utf8.Length) / (1024.0 * 1024.0);

    /// <summary>Writes the corpus as <c>id.txt</c> files into <paramref name="directory"/> (for whole-build measurements).</summary>
    public static void WriteTo(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        foreach (SyntheticArticle article in Get(count))
        {
            File.WriteAllBytes(Path.Combine(directory, article.Id + ".txt"), article.Utf8);
        }
    }

    private static IReadOnlyList<SyntheticArticle> Build(int count)
    {
        var random = new Random(RandomSeed);
        var articles = new SyntheticArticle[count];
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            WriteArticle(text, random);
            string id = string.Create(CultureInfo.InvariantCulture, $"{i:D5}_synthetic");
            articles[i] = new SyntheticArticle(id, Encoding.UTF8.GetBytes(text.ToString()));
        }

        return articles;
    }

    private static void WriteArticle(StringBuilder text, Random random)
    {
        if (random.Next(3) == 0)
        {
            // A headline: a sentence's first words, no closing period, then a blank line.
            string[] words = Pick(random, Sentences).TrimEnd('.', '"', '\'').Split(' ');
            text.Append(string.Join(' ', words.Take(Math.Min(words.Length, 4 + random.Next(6))))).Append("\n\n");
        }

        int paragraphs = 6 + random.Next(15);
        for (int p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                text.Append('\n');
            }

            if (random.Next(4) == 0)
            {
                string quoted = Pick(random, Quotable);
                text.Append(random.Next(2) == 0
                    ? $"{Capitalize(Pick(random, Speakers))} said, \"{quoted}\""
                    : $"\"{quoted}\" {Pick(random, Speakers)} said.");
                continue;
            }

            int sentences = 1 + random.Next(3);
            for (int s = 0; s < sentences; s++)
            {
                text.Append(s == 0 ? string.Empty : " ").Append(Pick(random, Sentences));
            }
        }

        if (random.Next(2) == 0)
        {
            text.Append('\n').Append(Pick(random, Credits));
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
