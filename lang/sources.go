package lang

// The sources of the catalogue, each the address a Welsh string was read
// at: a page (legislation.gov.uk, a council, the Ombudsman), or a file of a
// public repository at the commit read, with the line in the entry's
// Source. Pages were read in stored copies, files in snapshots of their
// repositories, on the date of each entry.
const (
	// read1202 is the date most entries were read.
	read1202 = "2026-12-02"

	// Files of public services' Welsh locales, at the commit read.
	srcHMRCMessages = "https://github.com/hmrc/view-external-guidance-frontend/blob/44e3e5461b73b9004cf7c2ae36f3f13bd1479045/conf/messages.cy"
	srcGOVUKLocale  = "https://github.com/alphagov/frontend/blob/cb2a016d32f0ed07253a65eec38e357bc22195f1/config/locales/cy.yml"
	srcGOVUKSpec    = "https://github.com/alphagov/frontend/blob/cb2a016d32f0ed07253a65eec38e357bc22195f1/spec/system/gwyliau_banc_spec.rb"
	srcHMCTSCivil   = "https://github.com/hmcts/civil-citizen-ui/blob/e217bedb0fa2bfd1c61138c5166f262ed88205aa/src/main/modules/i18n/locales/cy.json"
	srcHMCTSDivorce = "https://github.com/hmcts/nfdiv-frontend/blob/69debe97c97a8d6c9cfe36c2854cede90d002f29/src/main/steps/respondent/hub-page/content.ts"

	// The Welsh texts of the instruments on legislation.gov.uk.
	srcSI2014Part1 = "https://legislation.gov.uk/wsi/2014/1794/part/1/made/welsh/data.html"
	srcSI2014Note  = "https://legislation.gov.uk/cy/wsi/2014/1794/note/made/welsh"
	srcSI2005Part1 = "http://www.legislation.gov.uk/wsi/2005/3366/part/I/made/welsh?view=plain"
	srcSI2005Reg26 = "http://www.legislation.gov.uk/wsi/2005/3366/regulation/26/made/welsh"
	// srcSI2005Contents is BAILII's copy of the Welsh text of SI 2005/3366
	// with its table of contents, as the stored page gives its address.
	srcSI2005Contents = "http://www.bailii.org/wales/legis/num_reg/2005/20053366w.html"

	// Pages of councils, the Ombudsman and others, in Welsh.
	srcConwy       = "https://www.conwy.gov.uk/cy/Resident/Social-Care-and-Wellbeing/Contact-us/Complaint-Compliment-or-Comment/Complaint-Compliment-or-Comment.aspx"
	srcNeathPT1    = "https://www.npt.gov.uk/30223?lang=cy-gb"
	srcNewport     = "https://democratiaeth.newport.gov.uk/mgAi.aspx?ID=9115&LLL=1"
	srcCitizensAdv = "https://www.citizensadvice.org.uk/wales/family/looking-after-people/social-services-complaints-w/social-services-complaints-using-the-complaints-procedure-w/?lang=cy"
	srcPSOW2022    = "https://ombwdsmon.cymru/2022/09/06/cwynion-i-awdurdodau-lleol-yn-cynyddu-yn-dilyn-y-pandemig"
	srcPSOWSwansea = "https://www.ombwdsmon.cymru/findings/gwasanaethau-i-bobl-ag-anabledd-cyngor-abertawe/"
	srcPSOWCorwen  = "https://www.ombwdsmon.cymru/findings/eraill-amrywiol-cyngor-tref-corwen/"
	srcStandards   = "https://comisiynyddsafonaucymru.org/adroddiadau-r-comisiynydd/ystadegau-cwynion-1-ebrill-a-30-mehefin-2021"
	srcGolwg       = "https://golwg.360.cymru/newyddion/2048765-paratowch-dywydd-heno-gwynt-glaw-banc"
)
