using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsGen.Benchmarks.Alternatives;

/// <summary>Where the seed article lives for the alternatives that read it at run time.</summary>
internal static class SeedFiles
{
    /// <summary>The seed's id, its file name without extension (also the generated corpus key).</summary>
    public const string Id = "000_e551924a018df44c";

    /// <summary>The manifest name of the embedded copy of the seed (set by LogicalName in the project file).</summary>
    public const string EmbeddedName = "seeds/" + Id + ".txt";

    /// <summary>The repository's seeds/ folder, baked in at build time so no copy of the article is needed.</summary>
    public static string Directory { get; } = typeof(SeedFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NewsGenSeedDirectory").Value
        ?? throw new InvalidOperationException("The build did not record the seeds directory.");

    /// <summary>The seed file on disk.</summary>
    public static string Path { get; } = System.IO.Path.Combine(Directory, Id + ".txt");

    /// <summary>The seed's body as the generator sees it: its lines joined by '\n' (the file has no trailing newline).</summary>
    public static string ReadBody() => File.ReadAllText(Path).ReplaceLineEndings("\n");
}
