using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsGen.Generation;
using NewsGen.Naming;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.PropertyBased;

/// <summary>One generated input: a few article files compiled together (several per compilation keeps CI time low).</summary>
internal sealed record ArticleCase(IReadOnlyList<ArticleFile> Files, TargetProfile Target)
{
    /// <summary>Hostile names and hostile text, for net10.0 three times in four and netstandard2.0 C# 7.3 otherwise.</summary>
    public static Gen<ArticleCase> Hostile(int maxFiles) =>
        Gen.Select(Gen.Select(HostileText.FileStem, HostileText.AnyArticle).Array[1, maxFiles], Gen.Int[0, 3])
            .Select((files, target) => new ArticleCase(
                files.Select((file, i) => new ArticleFile(PathOf(i, file.Item1), file.Item2)).ToList(),
                target == 0 ? TargetProfile.NetStandard20 : TargetProfile.Net100));

    /// <summary>The type names the files get, by path; null for a file skipped because its name clashes.</summary>
    public Dictionary<string, string?> TypeNames(string corpusTypeName = GeneratedNames.DefaultCorpusTypeName) =>
        NewsGenerator.BuildNameTable(
                Files.Select(f => new ArticleNameRequest(f.Path, ArticleNaming.IdFromPath(f.Path), ArticleNaming.TypeNameFromId(ArticleNaming.IdFromPath(f.Path)))),
                corpusTypeName)
            .Assignments.ToDictionary(a => a.Path, a => a.IsUnique ? a.TypeName : null);

    public override string ToString() =>
        Target.Name + ": " + string.Join(", ", Files.Select(f => Printable.Text(f.Path) + " = " + Printable.Text(f.Text ?? string.Empty)));

    // A folder per file keeps paths distinct while names may repeat (and then clash).
    private static string PathOf(int index, string stem) => "/project/articles/" + index + "/" + stem + ".txt";
}
