using System;
using System.IO;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.Alternatives;

/// <summary>
/// Makes sure every alternative reads exactly the text the generated code holds, so the benchmarks compare
/// equal work. Run from each benchmark's [GlobalSetup]; a stale .resx fails here, not silently in the numbers.
/// </summary>
internal static class SeedCheck
{
    public static void EnsureAlternativesMatchGeneratedText()
    {
        string generated = Article000_E551924a018df44c.Text;
        Require(SeedFiles.ReadBody() == generated, "the seed file");
        Require(SeedResources.Manager.GetString("Text") == generated, "the .resx Text entry (rerun --write-resx)");
        Require(SeedResources.Manager.GetString(SeedFiles.Id) == generated, "the .resx id entry (rerun --write-resx)");
        for (int i = 0; i < SeedResources.ParagraphNames.Length; i++)
        {
            Require(SeedResources.Manager.GetString(SeedResources.ParagraphNames[i]) == Article000_E551924a018df44c.Article.Paragraphs[i].Text, "the .resx " + SeedResources.ParagraphNames[i] + " entry (rerun --write-resx)");
        }

        using Stream stream = typeof(SeedCheck).Assembly.GetManifestResourceStream(SeedFiles.EmbeddedName)
            ?? throw new InvalidOperationException("The seed is not embedded.");
        using var reader = new StreamReader(stream);
        Require(reader.ReadToEnd() == generated, "the embedded seed");
    }

    private static void Require(bool same, string what)
    {
        if (!same)
        {
            throw new InvalidOperationException("The generated text differs from " + what + ".");
        }
    }
}
