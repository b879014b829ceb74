using System;
using System.IO;

namespace NewsGen.Tests.Infrastructure;

/// <summary>The repository this test run was built from, found by walking up to NewsGen.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsGen.sln not found above " + AppContext.BaseDirectory);
    }
}
