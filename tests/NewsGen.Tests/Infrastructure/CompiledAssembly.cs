using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace NewsGen.Tests.Infrastructure;

/// <summary>Emits a compilation, loads it into a collectible context and calls into it: generated code run for real.</summary>
internal sealed class CompiledAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private CompiledAssembly(AssemblyLoadContext context, Assembly assembly, long userStringHeapBytes)
    {
        _context = context;
        Assembly = assembly;
        UserStringHeapBytes = userStringHeapBytes;
    }

    public Assembly Assembly { get; }

    /// <summary>The size of the #US heap of the emitted assembly: what CS8103 limits.</summary>
    public long UserStringHeapBytes { get; }

    public static CompiledAssembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        EmitResult result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("Emit failed: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        image.Position = 0;
        long heap;
        using (var pe = new System.Reflection.PortableExecutable.PEReader(image, System.Reflection.PortableExecutable.PEStreamOptions.LeaveOpen))
        {
            heap = System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe), System.Reflection.Metadata.Ecma335.HeapIndex.UserString);
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new CompiledAssembly(context, context.LoadFromStream(image), heap);
    }

    /// <summary>Calls a static method without parameters (public or not) and returns its result.</summary>
    public object? Call(string typeName, string method) =>
        Assembly.GetType(typeName, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null);

    public void Dispose() => _context.Unload();
}
