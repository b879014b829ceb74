using System;
using System.Collections.Generic;
using System.IO;

namespace NewsGen.Cli.Input;

/// <summary>
/// Expands the paths given on the command line: a file is taken as it is, a folder gives every <c>*.txt</c>
/// below it (hidden files and folders skipped) in ordinal order of path, so output is the same on every machine. A file named twice is checked
/// once (it would clash with itself in name). Paths that name nothing, and folders without articles, are
/// collected as errors rather than stopping the run.
/// </summary>
internal static class ArticleFileSet
{
    public const string ArticlePattern = "*.txt";

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<string> errors)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.EnumerateFiles(path, ArticlePattern, new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    MatchCasing = MatchCasing.CaseInsensitive,
                }));
                if (found.Count == 0)
                {
                    errors.Add($"{path}: no {ArticlePattern} files in this folder");
                }

                found.Sort(StringComparer.Ordinal);
                found.ForEach(Add);
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return files;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }
}
