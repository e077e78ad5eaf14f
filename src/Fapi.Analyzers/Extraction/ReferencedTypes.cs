using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The bound libraries' types by metadata name. The answers from referenced assemblies are kept for the set of
/// assemblies the compilation references: the IDE makes a new compilation on each keystroke with the same references
/// (the same assembly symbols), and searching a few hundred assemblies for each binding's types on every keystroke
/// cost more than compiling the edited file. The compilation's own source is searched each time (it changes).
/// </summary>
internal sealed class ReferencedTypes
{
    /// <summary>Reference sets kept: the projects a solution analyzes in turn.</summary>
    private const int Kept = 8;

    private static readonly List<ReferencedTypes> Recent = new();

    private readonly IAssemblySymbol[] _assemblies;
    private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _byName = new(StringComparer.Ordinal);

    private ReferencedTypes(IAssemblySymbol[] assemblies) => _assemblies = assemblies;

    /// <summary>The answers for <paramref name="compilation"/>'s references, shared with earlier compilations of the same references.</summary>
    public static ReferencedTypes For(Compilation compilation)
    {
        var assemblies = new List<IAssemblySymbol>();
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                assemblies.Add(assembly);
            }
        }

        lock (Recent)
        {
            for (var i = 0; i < Recent.Count; i++)
            {
                if (Same(Recent[i]._assemblies, assemblies))
                {
                    return Recent[i];
                }
            }

            var created = new ReferencedTypes(assemblies.ToArray());
            Recent.Insert(0, created);
            if (Recent.Count > Kept)
            {
                Recent.RemoveAt(Recent.Count - 1);
            }

            return created;
        }
    }

    /// <summary>
    /// Every type with this metadata name (common names such as ServiceCollectionExtensions live in many assemblies):
    /// the compilation's own if it declares one, else the one public type of the references, else all of theirs.
    /// </summary>
    public ImmutableArray<INamedTypeSymbol> Find(Compilation compilation, string metadataName)
        => DeclaresTypeNamed(compilation, metadataName) && compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own
            ? ImmutableArray.Create(own)
            : _byName.GetOrAdd(metadataName, Search);

    /// <summary>
    /// True when the compilation's source may declare the type: the set of the source's type names, made once per
    /// compilation from its declaration table, answers without building the source's namespaces (and a name search of
    /// the declaration table walks every declaration, each time).
    /// </summary>
    private static bool DeclaresTypeNamed(Compilation compilation, string metadataName)
    {
        var start = Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+')) + 1;
        var arity = metadataName.IndexOf('`', start);
        var name = arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
        return compilation.Assembly.TypeNames.Contains(name);
    }

    /// <summary>The one type of this name, as <see cref="Compilation.GetTypeByMetadataName"/> picks it; null when none or several.</summary>
    public INamedTypeSymbol? Single(Compilation compilation, string metadataName)
        => Find(compilation, metadataName) is { Length: 1 } one ? one[0] : null;

    private ImmutableArray<INamedTypeSymbol> Search(string metadataName)
    {
        var all = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        INamedTypeSymbol? onlyPublic = null;
        var publics = 0;
        foreach (var assembly in _assemblies)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                all.Add(type);
                if (IsPublic(type))
                {
                    onlyPublic = type;
                    publics++;
                }
            }
        }

        return publics == 1 ? ImmutableArray.Create(onlyPublic!) : all.ToImmutable();
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(IAssemblySymbol[] kept, List<IAssemblySymbol> current)
    {
        if (kept.Length != current.Count)
        {
            return false;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            // The same symbol object: the compilations share their references' metadata.
            if (!ReferenceEquals(kept[i], current[i]))
            {
                return false;
            }
        }

        return true;
    }
}
