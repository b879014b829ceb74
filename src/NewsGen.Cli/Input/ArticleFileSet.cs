using System;
using System.Collections.Generic;
using System.IO;

namespace NewsGen.Cli.Input;

/// <summary>
/// Expands the paths given on the command line: a file is taken as it is, a folder gives every <c>*.txt</c>
/// below it in ordinal order of path, so output is the same on every machine. Paths that do not exist are
/// collected as errors rather than stopping the run.
/// </summary>
internal static class ArticleFileSet
{
    public const string ArticlePattern = "*.txt";

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<string> errors)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.EnumerateFiles(path, ArticlePattern, new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    MatchCasing = MatchCasing.CaseInsensitive,
                }));
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return files;
    }
}
