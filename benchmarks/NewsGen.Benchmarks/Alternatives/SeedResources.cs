using System.Globalization;
using System.Resources;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.Alternatives;

/// <summary>
/// The .resx a user would otherwise keep: the seed's whole text (under "Text" and under its id) and each
/// paragraph ("Paragraph1".."Paragraph15"). Resources/SeedArticle.resx is written from the seed by
/// <c>--write-resx</c> and checked against the generated constants before any benchmark runs.
/// </summary>
internal static class SeedResources
{
    /// <summary>The manifest base name of Resources/SeedArticle.resx.</summary>
    public const string BaseName = "NewsGen.Benchmarks.Resources.SeedArticle";

    /// <summary>One manager for the process, as generated Resources.Designer.cs code keeps one.</summary>
    public static ResourceManager Manager { get; } = new(BaseName, typeof(SeedResources).Assembly);

    /// <summary>Resource names of the paragraphs, precomputed as a designer file would spell them out.</summary>
    public static string[] ParagraphNames { get; } = CreateParagraphNames(Article000_E551924a018df44c.ParagraphCount);

    /// <summary>The resource name of paragraph <paramref name="number"/> (1-based, like the generated members).</summary>
    public static string ParagraphName(int number) => "Paragraph" + number.ToString(CultureInfo.InvariantCulture);

    private static string[] CreateParagraphNames(int count)
    {
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = ParagraphName(i + 1);
        }

        return names;
    }
}
