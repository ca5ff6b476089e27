#!/usr/bin/env bash
# Draws the product and perspective icons and the architecture model's icons with ImageMagick
# (apt-get install imagemagick). The PNGs are committed; run this only to change them:
#   releng/scripts/make-icons.sh [app|model|all] [OUT]     (default: all, into the bundles' icons folders)
set -euo pipefail
IM=/usr/bin/convert
here=$(dirname "$0")
what=${1:-all}
app_icons() {
  local out=$1
  mkdir -p "$out"
  for s in 16 32 48 64 128; do
    r=$((s / 6)); w=$((s - 1)); f=$((s * 5 / 8)); star=$((s / 5))
    $IM -size ${s}x${s} xc:none \
      -fill '#0b5394' -draw "roundrectangle 0,0 $w,$w $r,$r" \
      -fill white -font DejaVu-Sans-Bold -pointsize $f -gravity center -annotate +0+$((s / 20)) 'e' \
      -fill '#ffd200' -draw "circle $((s - star - 1)),$((star + 1)) $((s - 2)),$((star + 1))" \
      "$out/egov$s.png"
  done
  $IM -size 16x16 xc:none -fill '#0b5394' -draw 'rectangle 1,1 6,6' -draw 'rectangle 9,1 14,6' \
    -fill '#3d85c6' -draw 'rectangle 1,9 14,14' -stroke '#0b5394' -draw 'line 4,7 4,8' -draw 'line 11,7 11,8' \
    "$out/architecture16.png"
  $IM -size 16x16 xc:none -stroke '#990000' -strokewidth 2 -fill none -draw 'circle 6,6 6,11' \
    -draw 'line 10,10 14,14' "$out/inspection16.png"
}

# --- Model icons: one 16x16 PNG per concrete class of the architecture metamodel, read by the item providers
# of vn.egov.workbench.architecture.model.edit (icons/full/obj16/<Class>.png). Elements: a rounded square in the
# colour of their domain (ArchiMate's colours where it has the layer) with a letter; relationships: a line whose
# style, end marker and colour tell the type; folders, properties and diagram parts: small pictures.
model_icons() {
  local out=$1
  mkdir -p "$out"
  # png:exclude-chunks and -strip keep the files byte-identical from one run to the next
  local png=(-strip -define png:exclude-chunks=date,time,tIME)
  element() { # name fill border letter
    $IM -size 16x16 xc:none -fill "$2" -stroke "$3" -strokewidth 1 -draw 'roundrectangle 0.5,0.5 15.5,15.5 3,3' \
      -stroke none -fill "$3" -font DejaVu-Sans-Bold -pointsize 11 -gravity center -annotate +0+0 "$4" \
      "${png[@]}" "$out/$1.png"
  }
  # domains: organisation orange, stakeholders and channels amber, business yellow, application blue, data teal,
  # technology green, security red, policies (motivation) violet, projects (implementation) pink
  element OrganisationUnit '#fbd7b0' '#b45f06' 'O'
  element Stakeholder '#ffe599' '#7f6000' 'S'
  element AccessChannel '#ffe599' '#7f6000' 'C'
  element BusinessFunction '#ffffb5' '#8a7d00' 'F'
  element BusinessProcess '#ffffb5' '#8a7d00' 'P'
  element AdministrativeProcedure '#ffffb5' '#8a7d00' 'A'
  element Application '#b5e2ff' '#1c5f99' 'A'
  element Portal '#b5e2ff' '#1c5f99' 'W'
  element ExternalSystem '#dde9f3' '#1c5f99' 'X'
  element IntegrationService '#b5e2ff' '#1c5f99' 'I'
  element Database '#b3ebe1' '#0b6b5e' 'D'
  element DataEntity '#b3ebe1' '#0b6b5e' 'E'
  element ReferenceData '#b3ebe1' '#0b6b5e' 'R'
  element IntegrationPlatform '#c9e7b7' '#2f6b17' 'L'
  element Infrastructure '#c9e7b7' '#2f6b17' 'H'
  element SecurityControl '#f7b5b5' '#b00000' 'S'
  element Policy '#ddd5f0' '#5b3f99' 'P'
  element Standard '#ddd5f0' '#5b3f99' 'T'
  element Project '#ffd6e6' '#a0305f' 'P'
  element Roadmap '#ffd6e6' '#a0305f' 'R'
  element RoadmapItem '#fff0f5' '#a0305f' 'i'

  relation() { # name colour line-dash marker: the line runs from bottom left to top right
    # a dash pattern holds only within one -draw
    local line='line 2,13 12,3'
    [ "$3" != solid ] && line="stroke-dasharray $3 $line"
    local marker
    case $4 in
      arrow) marker=(-fill none -draw 'polyline 8,2 13,2 13,7') ;;
      triangle) marker=(-fill "$2" -draw 'polygon 14,1 8,3 12,7') ;;
      hollow) marker=(-fill white -draw 'polygon 14,1 8,3 12,7') ;;
      diamond) marker=(-fill "$2" -draw 'polygon 4,9 7,12 4,15 1,12') ;;
      odiamond) marker=(-fill white -draw 'polygon 4,9 7,12 4,15 1,12') ;;
      dot) marker=(-fill "$2" -draw 'circle 3,12 3,15' -fill none -draw 'polyline 8,2 13,2 13,7') ;;
      shield) marker=(-fill "$2" -draw 'polygon 9,1 15,1 15,5 12,8 9,5') ;;
      cross) marker=(-fill none -draw 'line 1,10 6,15' -draw 'line 1,15 6,10' -draw 'polyline 8,2 13,2 13,7') ;;
    esac
    $IM -size 16x16 xc:none -stroke "$2" -strokewidth 1.5 -fill none -draw "$line" \
      -strokewidth 1.2 "${marker[@]}" "${png[@]}" "$out/$1.png"
  }
  relation Composes '#333333' solid diamond
  relation Owns '#b45f06' solid odiamond
  relation Serves '#1c5f99' solid arrow
  relation Accesses '#0b6b5e' '1 2' arrow
  relation Realises '#333333' '3 2' hollow
  relation FlowsVia '#1c5f99' '3 2' triangle
  relation DeployedOn '#2f6b17' solid triangle
  relation CompliesWith '#5b3f99' '1 2' hollow
  relation Protects '#b00000' solid shield
  relation Replaces '#a0305f' solid cross

  # the model itself: the application's architecture glyph (three blocks in two layers)
  $IM -size 16x16 xc:none -fill '#0b5394' -draw 'rectangle 1,1 6,6' -draw 'rectangle 9,1 14,6' \
    -fill '#3d85c6' -draw 'rectangle 1,9 14,14' -stroke '#0b5394' -draw 'line 4,7 4,8' -draw 'line 11,7 11,8' \
    "${png[@]}" "$out/Architecture.png"
  $IM -size 16x16 xc:none -stroke '#8c6d1f' -fill '#f1c232' -draw 'polygon 0.5,3.5 5.5,3.5 7,5.5 15.5,5.5 15.5,13.5 0.5,13.5' \
    -fill '#ffe08a' -draw 'rectangle 0.5,6.5 15.5,13.5' "${png[@]}" "$out/Folder.png"
  # a key-value property: a luggage tag
  $IM -size 16x16 xc:none -stroke '#555555' -fill '#eeeeee' -draw 'polygon 1.5,8 6,3.5 14.5,3.5 14.5,12.5 6,12.5' \
    -fill '#555555' -draw 'circle 5,8 6,8' -stroke none -fill '#555555' -draw 'rectangle 8,6 12,7' \
    -draw 'rectangle 8,9 12,10' "${png[@]}" "$out/Property.png"
  # diagram parts: a sheet with two boxes and a line; a box; a dashed group; two boxes joined; a bent line
  $IM -size 16x16 xc:none -stroke '#666666' -fill white -draw 'rectangle 0.5,1.5 15.5,14.5' \
    -stroke '#1c5f99' -fill '#b5e2ff' -draw 'rectangle 2.5,3.5 6.5,6.5' -draw 'rectangle 9.5,9.5 13.5,12.5' \
    -fill none -draw 'line 6,6 10,10' "${png[@]}" "$out/Diagram.png"
  $IM -size 16x16 xc:none -stroke '#1c5f99' -fill '#b5e2ff' -draw 'rectangle 1.5,3.5 14.5,12.5' \
    -fill '#1c5f99' -stroke none -draw 'rectangle 3,5 9,6' "${png[@]}" "$out/DiagramNode.png"
  $IM -size 16x16 xc:none -stroke '#666666' -fill '#f3f3f3' \
    -draw 'stroke-dasharray 2 1 rectangle 0.5,0.5 15.5,15.5' -stroke '#1c5f99' -fill '#b5e2ff' \
    -draw 'rectangle 3.5,5.5 8.5,9.5' -draw 'rectangle 9.5,9.5 13.5,13.5' -fill '#666666' -stroke none \
    -draw 'rectangle 2,2 7,3' "${png[@]}" "$out/DiagramGroup.png"
  $IM -size 16x16 xc:none -stroke '#1c5f99' -fill '#b5e2ff' -draw 'rectangle 0.5,0.5 5.5,5.5' \
    -draw 'rectangle 10.5,10.5 15.5,15.5' -stroke '#333333' -strokewidth 1.5 -draw 'line 5,5 11,11' \
    "${png[@]}" "$out/DiagramConnection.png"
  $IM -size 16x16 xc:none -stroke '#333333' -strokewidth 1.5 -fill none -draw 'polyline 1,14 8,4 15,12' \
    -strokewidth 1 -stroke '#b00000' -fill white -draw 'rectangle 6.5,2.5 9.5,5.5' "${png[@]}" "$out/Bendpoint.png"
}

case $what in
  app) app_icons "${2:-$here/../../bundles/vn.egov.workbench.app/icons}" ;;
  model) model_icons "${2:-$here/../../bundles/vn.egov.workbench.architecture.model.edit/icons/full/obj16}" ;;
  all)
    app_icons "$here/../../bundles/vn.egov.workbench.app/icons"
    model_icons "$here/../../bundles/vn.egov.workbench.architecture.model.edit/icons/full/obj16"
    ;;
  *) echo "usage: $0 [app|model|all] [OUT]" >&2; exit 2 ;;
esac
