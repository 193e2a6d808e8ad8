#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): `vitae lint` over the same files twice — GitHub annotations to the log,
# where the runner turns each into an annotation on the pull request, and SARIF to a file for code scanning — then
# the exit status and the SARIF file as the step's outputs. It never fails the step itself, so that the SARIF is
# uploaded before the action's last step fails the job.
#
# Environment (set by action.yml from its inputs):
#   VITAE_FILES        files or folders, separated by spaces or new lines (default ".")
#   VITAE_VERSION      the vitae-resume version to run with npx (required)
#   VITAE_SARIF        where to write the SARIF log (default vitae.sarif)
#   VITAE_ANNOTATIONS  "false" to skip the annotations
#   GITHUB_OUTPUT      the runner's file for step outputs
set -uo pipefail

cli=(npx --yes "vitae-resume@${VITAE_VERSION:?the action needs a vitae-resume version}")
IFS=$' \t\n' read -r -d '' -a files <<< "${VITAE_FILES:-.}" || true
[[ ${#files[@]} -gt 0 ]] || files=(.)
sarif="${VITAE_SARIF:-vitae.sarif}"
output="${GITHUB_OUTPUT:-/dev/null}"

if [[ "${VITAE_ANNOTATIONS:-true}" != "false" ]]; then
  "${cli[@]}" lint --format github "${files[@]}"
fi

"${cli[@]}" lint --format sarif "${files[@]}" > "$sarif"
status=$?
echo "exit-code=$status" >> "$output"
case $status in
  0|1) echo "sarif-file=$sarif" >> "$output" ;;
  *) echo "::error title=vitae lint::vitae lint could not check ${files[*]} (exit status $status); see the messages above." ;;
esac
exit 0
